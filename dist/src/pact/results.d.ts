/**
 * Reading what Pact's verifier reports: it resolves with a JSON summary on success and
 * rejects with the same JSON as an error message on failure. Both become one value that
 * names every interaction and says why the failed ones failed.
 */
/** The outcome of one interaction. */
export interface InteractionOutcome {
    description: string;
    ok: boolean;
    /** Why it failed, one line each (empty when it passed). */
    reasons: string[];
}
/** A verification's outcome as kpc reports it. */
export interface VerificationOutcome {
    ok: boolean;
    interactions: InteractionOutcome[];
    /** Failures that name no interaction (a source that cannot be read, a crash). */
    errors: string[];
}
/** Parses the verifier's JSON; text that is not JSON is one error naming no interaction. */
export declare function parseVerifierResults(text: string): VerificationOutcome;
