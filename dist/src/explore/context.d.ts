/**
 * What exploration works on: the run's session (its client, ledger, token, name counter and
 * places), the spec its model judges by, and a count of the requests each property sends.
 * Every request goes through the session, so every import is ledgered before it is sent
 * and torn down with the run's.
 */
import type { Answered, Session } from '../engine/index.ts';
import type { Spec } from '../spec/types.ts';
/** The context of one property's exploration. */
export interface ExploreContext {
    session: Session;
    spec: Spec;
    /** Requests this property sent. */
    requests: {
        n: number;
    };
}
/** The token plus a fresh counter: the unique core of a name (as the engine makes it). */
export declare function uniqueCore(ctx: ExploreContext): string;
/** Sends one call through the session. */
export declare function send(ctx: ExploreContext, label: string, action: string, params: Record<string, string>): Promise<Answered>;
