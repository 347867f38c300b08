/** Public API of the signed ECS RPC client. */
export { createClient, DEFAULT_API_VERSION } from './client.js';
export { credentialsFor, credentialsFromEnv, DUMMY_CREDENTIALS, ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET, ENV_SECURITY_TOKEN, } from './credentials.js';
export { curlLine, shellQuote } from './curl.js';
export { classify, creation, describeAnswer, errorCode, isInfrastructure, isThrottlingCode } from './answer.js';
export { compose, mapExchange, record, redact } from './interceptors.js';
export { REDACTED, redactExchange, secretVariants } from './redact.js';
export { backoffDelay, isWriteAction, parseRetryAfter, retry, retryReason } from './retry.js';
export { sendHandler } from './send.js';
export { isLoopbackHost, resolveTarget, targetForRegion } from './target.js';
export { classifyTransportError, faultCode, mayHaveBeenSent } from './transport.js';
export { buildWireRequest, formatTimestamp } from './wire.js';
