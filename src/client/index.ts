/** Public API of the signed ECS RPC client. */
export { createClient, DEFAULT_API_VERSION } from './client.ts';
export type { CallOptions, ClientOptions, EcsClient } from './client.ts';
export {
  credentialsFor,
  credentialsFromEnv,
  DUMMY_CREDENTIALS,
  ENV_ACCESS_KEY_ID,
  ENV_ACCESS_KEY_SECRET,
  ENV_SECURITY_TOKEN,
} from './credentials.ts';
export type { Credentials } from './credentials.ts';
export { curlLine, shellQuote } from './curl.ts';
export { classify, creation, describeAnswer, errorCode, isInfrastructure, isThrottlingCode } from './answer.ts';
export type { Answer, AnswerKind, Creation } from './answer.ts';
export type { Exchange } from './exchange.ts';
export { compose, mapExchange, record, redact } from './interceptors.ts';
export type { CallContext, Handler, Interceptor } from './interceptors.ts';
export { REDACTED, redactExchange, secretVariants } from './redact.ts';
export { backoffDelay, isWriteAction, parseRetryAfter, retry, retryReason } from './retry.ts';
export type { RetryInfo, RetryOptions } from './retry.ts';
export { sendHandler } from './send.ts';
export type { SendOptions } from './send.ts';
export { resolveTarget, targetForRegion } from './target.ts';
export type { Target } from './target.ts';
export { classifyTransportError, faultCode, mayHaveBeenSent } from './transport.ts';
export type { TransportFailure } from './transport.ts';
export { buildWireRequest, formatTimestamp } from './wire.ts';
export type { WireOptions, WireRequest } from './wire.ts';
