/**
 * The signed ECS RPC client: one keep-alive undici Agent, and the behaviour stack
 * record → redact → retry → [adaptive] → send. Every exchange that leaves it is redacted.
 */
import { randomUUID } from 'node:crypto';
import { Agent } from 'undici';
import { adaptive, type AdaptiveOptions } from './adaptive.ts';
import type { Credentials } from './credentials.ts';
import type { Exchange } from './exchange.ts';
import { compose, record, redact, type Interceptor } from './interceptors.ts';
import { isWriteAction, retry, type RetryOptions } from './retry.ts';
import { sendHandler } from './send.ts';
import type { Target } from './target.ts';
import type { SendAs } from './wire.ts';

export const DEFAULT_API_VERSION = '2014-05-26';

export interface ClientOptions {
  target: Target;
  credentials: Credentials;
  /** Default v3, like the official SDK. */
  signature?: 'v3' | 'v1';
  /** How V1 requests travel (default GET query; POST sends a form body). */
  v1Method?: 'GET' | 'POST';
  /** API version (default 2014-05-26). */
  version?: string;
  /** Headers, body and connect timeout each (default 30000). */
  timeoutMs?: number;
  /** Retry policy, or false for exactly one attempt. */
  retry?: RetryOptions | false;
  /**
   * Known regions: against an Alibaba Cloud regional endpoint, a call for one of them goes
   * to that region's own endpoint (as one SDK client per region would). Default none.
   */
  regionEndpoints?: readonly string[];
  /** Adaptive concurrency (AIMD on Throttling*, inside retry); off by default. */
  adaptive?: AdaptiveOptions | false;
  /** Receives every finished call's exchange, already redacted, faults included. */
  onExchange?: (ex: Exchange) => void;
  now?: () => Date;
  nonce?: () => string;
  /** Maximum sockets to the target (default unlimited). */
  connections?: number;
}

export interface CallOptions {
  /** Override write detection (default: anything but Describe*, List*, Get*, Query*). */
  write?: boolean;
  /** A write whose repetition is harmless (e.g. DeleteKeyPairs): it may then be retried. */
  idempotent?: boolean;
  signal?: AbortSignal;
  /** This call's signature and response format, where they differ from the client's. */
  send?: SendAs;
}

export interface EcsClient {
  /** Resolves with the exchange: a response, or the transport failure that left the call without one. */
  call(action: string, params: Record<string, string>, options?: CallOptions): Promise<Exchange>;
  close(): Promise<void>;
  readonly target: Target;
}

/** Creates a client for one target; close it to release its sockets. */
export function createClient(options: ClientOptions): EcsClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const agent = new Agent({
    connections: options.connections ?? null,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: timeoutMs },
  });
  const { credentials } = options;
  const base = sendHandler({
    dispatcher: agent,
    target: options.target,
    credentials,
    signature: options.signature ?? 'v3',
    v1Method: options.v1Method ?? 'GET',
    version: options.version ?? DEFAULT_API_VERSION,
    ...(options.regionEndpoints ? { regionEndpoints: options.regionEndpoints } : {}),
    now: options.now ?? (() => new Date()),
    nonce: options.nonce ?? randomUUID,
  });
  // Outermost first: record sees redacted exchanges; retry sees raw ones, one per call.
  const stack: Interceptor[] = [];
  if (options.onExchange !== undefined) stack.push(record(options.onExchange));
  stack.push(redact([credentials.accessKeySecret, credentials.securityToken ?? '']));
  if (options.retry !== false) stack.push(retry(options.retry ?? {}));
  if (options.adaptive) stack.push(adaptive(options.adaptive));
  const handler = compose(...stack)(base);
  let seq = 0;
  return {
    target: options.target,
    call(action, params, callOptions = {}) {
      seq += 1;
      return handler({
        seq,
        action,
        params: { ...params },
        write: callOptions.write ?? isWriteAction(action),
        idempotent: callOptions.idempotent ?? false,
        attempt: 1,
        signal: callOptions.signal,
        ...(callOptions.send ? { send: callOptions.send } : {}),
      });
    },
    close: () => agent.close(),
  };
}
