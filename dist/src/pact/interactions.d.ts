/**
 * Which cases become interactions, and how. A case qualifies when it judges documented or
 * inferred behaviour with one request; a few multi-step cases qualify too, their earlier
 * steps becoming provider states (an import before a duplicate, a filled region before the
 * 501st import). The result is plain data; consumer.ts turns it into Pact calls.
 */
import type { Case, Step } from '../cases/types.ts';
import type { ProviderState } from './provider-states.ts';
import { type StatusSpec } from './response.ts';
/** One interaction of the contract, before it meets Pact. */
export interface InteractionSpec {
    caseId: string;
    /** `<case id>: <case title>`; unique, and what the verifier names on failure. */
    description: string;
    rules: string[];
    states: ProviderState[];
    action: string;
    params: Record<string, string>;
    status: StatusSpec;
    /** Pact response body template (literals and MatchersV3 values). */
    body: Record<string, unknown>;
    /** Expectations of the case that Pact cannot express. */
    notes: string[];
}
/** A case left out of the contract, and why. */
export interface Skipped {
    caseId: string;
    reason: string;
}
/** How a multi-step case qualifies: the step that is the interaction, the earlier steps that become its states, and a title when the case's own says more than that step. */
export interface StatefulCase {
    step: number;
    states: number[];
    title?: string;
}
/** The multi-step cases of the contract. */
export declare const STATEFUL_CASES: Readonly<Record<string, StatefulCase>>;
/** The rules a step's expectations cite, in order; a step citing none falls back to the case's. */
export declare function rulesOf(step: Step, c: Case): string[];
/** The interaction a case becomes, or why it cannot become one. */
export declare function interactionOf(c: Case): Promise<InteractionSpec | Skipped>;
/** Every case's interaction, in case order, plus the cases left out. */
export declare function contractInteractions(cases: readonly Case[]): Promise<{
    interactions: InteractionSpec[];
    skipped: Skipped[];
}>;
