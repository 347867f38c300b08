/**
 * The contract's provider states: a closed set of preconditions, each a fixed sentence plus
 * the same facts as params. The verifier parses a state back from its name and params and
 * refuses any state it does not know, so a pact edited by hand cannot make it do something
 * unplanned.
 */
/** A precondition an interaction needs. */
export type ProviderState = {
    kind: 'key-pair-exists';
    name: string;
    region: string;
    publicKey: string;
} | {
    kind: 'region-full';
    region: string;
    count: number;
} | {
    kind: 'resource-group-exists';
    id: string;
};
/** A state as Pact writes it: a description and JSON params. */
export interface PactState {
    name: string;
    params: Record<string, string | number>;
}
/** The Pact form of a state: "key pair NAME exists in REGION", "REGION holds 500 key pairs", "resource group ID exists". */
export declare function toPactState(s: ProviderState): PactState;
/** Parses a state back from a pact; undefined when the name and params do not agree on a known state. */
export declare function parsePactState(name: string, params: Record<string, unknown> | undefined): ProviderState | undefined;
