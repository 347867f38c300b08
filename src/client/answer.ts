/**
 * What an answer means, decided once. Judging, custody (did an import create something?),
 * retry, the adaptive limiter, exploration, Pact state setup and teardown all read an
 * exchange through `classify`, and an error's Code through `errorCode`; nothing else looks
 * at a status or a Code to decide what happened.
 */
import type { Exchange } from './exchange.ts';
import type { TransportFailure } from './transport.ts';

/** One exchange's meaning. */
export type Answer =
  /** A 2xx with the API's body: the call did what it was asked. */
  | { kind: 'accepted'; status: number }
  /** A 4xx with the API's body: the service refused and did nothing; `code` is its error Code. */
  | { kind: 'refused'; status: number; code: string | undefined }
  /** The service refused to serve the call now (any `*Throttling*` Code): it did nothing. */
  | { kind: 'throttled'; status: number; code: string }
  /** A 5xx: the service failed, and may or may not have acted first. */
  | { kind: 'server-fault'; status: number; code: string | undefined }
  /** No usable answer: no complete response (reset, timeout, refused connection), or a body that is not the API's. */
  | { kind: 'no-answer'; reason: string; failure: TransportFailure | undefined };

/** An answer's kind. */
export type AnswerKind = Answer['kind'];

/** What an answer says of a create: it happened, it did not, or nobody can tell without looking. */
export type Creation = 'created' | 'not-created' | 'unknown';

/** The `Code` of an API error body, or undefined when the body carries none. The one reader of a Code. */
export function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const code = (body as Record<string, unknown>)['Code'];
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** True for a throttling Code. Like the official SDK, any Code containing `Throttling` counts. */
export function isThrottlingCode(code: string | undefined): boolean {
  return code?.includes('Throttling') ?? false;
}

function isApiBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/** The first bytes of a body that is not the API's, for a message that names what came back. */
function notTheApi(ex: Exchange & { response: NonNullable<Exchange['response']> }): string {
  const r = ex.response;
  const type = r.headers['content-type'] ?? 'no content type';
  const head = r.text.slice(0, 60).replace(/\s+/g, ' ').trim();
  return `${r.status} ${type}: ${head === '' ? '(empty body)' : JSON.stringify(head)}`;
}

/** Classifies one exchange. */
export function classify(ex: Exchange): Answer {
  const r = ex.response;
  if (r === undefined) {
    return { kind: 'no-answer', reason: ex.error?.message ?? 'no response', failure: ex.error?.failure };
  }
  const code = errorCode(r.body);
  if (isThrottlingCode(code)) return { kind: 'throttled', status: r.status, code: code! };
  if (r.status >= 500) return { kind: 'server-fault', status: r.status, code };
  if (!isApiBody(r.body) || r.status < 200 || (r.status >= 300 && r.status < 400)) {
    return {
      kind: 'no-answer',
      reason: `not an API answer (${notTheApi({ ...ex, response: r })})`,
      failure: undefined,
    };
  }
  return r.status < 300 ? { kind: 'accepted', status: r.status } : { kind: 'refused', status: r.status, code };
}

/** What an answer to a create says happened: only a definite refusal proves nothing was made. */
export function creation(a: Answer): Creation {
  if (a.kind === 'accepted') return 'created';
  return a.kind === 'refused' || a.kind === 'throttled' ? 'not-created' : 'unknown';
}

/** True when the answer says nothing about the API, only about the way to it: the attempt is not clean. */
export function isInfrastructure(a: Answer): boolean {
  return a.kind === 'throttled' || a.kind === 'server-fault' || a.kind === 'no-answer';
}

/** An answer in a few words: `200`, `400 KeyPair.AlreadyExist`, `no answer (…)`. */
export function describeAnswer(a: Answer): string {
  if (a.kind === 'no-answer') return `no answer (${a.reason})`;
  return a.kind === 'accepted' || a.code === undefined ? String(a.status) : `${a.status} ${a.code}`;
}
