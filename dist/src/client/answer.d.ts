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
{
    kind: 'accepted';
    status: number;
}
/** A 4xx with the API's body: the service refused and did nothing; `code` is its error Code. */
 | {
    kind: 'refused';
    status: number;
    code: string | undefined;
}
/** The service refused to serve the call now (any `*Throttling*` Code): it did nothing. */
 | {
    kind: 'throttled';
    status: number;
    code: string;
}
/** A 5xx: the service failed, and may or may not have acted first. */
 | {
    kind: 'server-fault';
    status: number;
    code: string | undefined;
}
/** No usable answer: no complete response (reset, timeout, refused connection), or a body that is not the API's. */
 | {
    kind: 'no-answer';
    reason: string;
    failure: TransportFailure | undefined;
};
/** An answer's kind. */
export type AnswerKind = Answer['kind'];
/** What an answer says of a create: it happened, it did not, or nobody can tell without looking. */
export type Creation = 'created' | 'not-created' | 'unknown';
/** The `Code` of an API error body, or undefined when the body carries none. The one reader of a Code. */
export declare function errorCode(body: unknown): string | undefined;
/** True for a throttling Code. Like the official SDK, any Code containing `Throttling` counts. */
export declare function isThrottlingCode(code: string | undefined): boolean;
/** Classifies one exchange. */
export declare function classify(ex: Exchange): Answer;
/** What an answer to a create says happened: only a definite refusal proves nothing was made. */
export declare function creation(a: Answer): Creation;
/** True when the answer says nothing about the API, only about the way to it: the attempt is not clean. */
export declare function isInfrastructure(a: Answer): boolean;
/** An answer in a few words: `200`, `400 KeyPair.AlreadyExist`, `no answer (…)`. */
export declare function describeAnswer(a: Answer): string;
