import type { Case } from '../src/cases/types.ts';
import { type KeySpec } from '../src/keys/key-types.ts';
import type { Spec } from '../src/spec/types.ts';
/** A comment as ssh-keygen writes one. */
export declare const KEY_COMMENT = "user@host";
/** What an observation of an import records. */
export declare const IMPORT_OBSERVATIONS: string[];
/** "an RSA 2048-bit key", "an ECDSA P-256 key": how titles name a key of the corpus. */
export declare function keyPhrase(ks: KeySpec): string;
/** The SSH types the document's closed list stands for; must equal IKP-BODY-KEY-TYPE's list. */
export declare function documentedKeyTypes(spec: Spec): Set<string>;
/** Every PublicKeyBody case: the corpus, then the malformed variants. */
export declare function keyCases(spec: Spec): Case[];
