import { type Bindings, type VarSource } from '../engine/index.ts';
import type { VarSpec } from '../cases/types.ts';
import { type GeneratedKey } from '../keys/index.ts';
/** A case that cannot be bound deterministically; the reason goes into the generation log. */
export declare class UnbindableCase extends Error {
}
/** The ssh-keygen fixture for a key spec id, parsed (comment dropped); it has no private half. */
export declare function fixedKey(id: string): GeneratedKey;
/** A PRNG seeded by a string: sha256 in counter mode, so names never depend on case order. */
export declare function seededRandom(seed: string): () => number;
/** Five base36 characters derived from `s`: the part of a contract name that tells cases apart. */
export declare function shortHash(s: string): string;
/** The values `${builtin}` templates take in the contract. */
export declare const CONTRACT_BUILTINS: Readonly<Record<string, string>>;
/** The contract's source of values for case `caseId`: names from its id, keys from the fixtures. */
export declare function contractSource(caseId: string): VarSource;
/** Binds a case's vars for the contract; what the fixtures cannot give makes it unbindable. */
export declare function bindContractVars(caseId: string, vars: Record<string, VarSpec> | undefined): Promise<Bindings>;
