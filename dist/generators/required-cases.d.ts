import type { Case } from '../src/cases/types.ts';
import type { Spec } from '../src/spec/types.ts';
/**
 * Required parameters: each one left out must fail as its required rule says, and each
 * one sent empty must fail too, as missing or as malformed (the document leaves open
 * which reading a service takes, so both rows are accepted).
 */
/** 'KeyPairName' → 'key-pair-name'. */
export declare function kebab(s: string): string;
/** Missing and empty cases for every required parameter of ImportKeyPair. */
export declare function requiredCases(spec: Spec): Case[];
