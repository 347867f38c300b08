/**
 * The signed ECS RPC client: one keep-alive undici Agent, and the behaviour stack
 * record → redact → retry → [adaptive] → send. Every exchange that leaves it is redacted.
 */
import { randomUUID } from 'node:crypto';
import { Agent } from 'undici';
import { adaptive } from './adaptive.js';
import { compose, record, redact } from './interceptors.js';
import { isWriteAction, retry } from './retry.js';
import { sendHandler } from './send.js';
export const DEFAULT_API_VERSION = '2014-05-26';
/** Creates a client for one target; close it to release its sockets. */
export function createClient(options) {
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
    const stack = [];
    if (options.onExchange !== undefined)
        stack.push(record(options.onExchange));
    stack.push(redact([credentials.accessKeySecret, credentials.securityToken ?? '']));
    if (options.retry !== false)
        stack.push(retry(options.retry ?? {}));
    if (options.adaptive)
        stack.push(adaptive(options.adaptive));
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
            });
        },
        close: () => agent.close(),
    };
}
