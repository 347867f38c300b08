import type { Rule, Spec } from '../spec/types.ts';
import type { TagTemplate } from './arbitraries.ts';
/** What the spec says of one request. */
export type Verdict = {
    accept: true;
    rules: string[];
} | {
    accept: false;
    rule: string;
    codes: string[];
    status: number | undefined;
};
/** The name rules a positive name verdict rests on. */
export declare const NAME_RULES: string[];
/** The tag rules a positive tags verdict rests on. */
export declare const TAG_RULES: string[];
/** The rules the import/describe/delete model checks. */
export declare const SEQUENCE_RULES: string[];
/** The body rules a positive body verdict rests on. */
export declare const BODY_RULES: string[];
/** A reject verdict for a broken rule: its codes, and their status when the row is documented. */
export declare function rejectFor(spec: Spec, rule: Rule): Verdict;
/** The verdict on a KeyPairName. */
export declare function nameVerdict(spec: Spec, name: string): Verdict;
/** The verdict on a set of tags (indices distinct, keys distinct). */
export declare function tagsVerdict(spec: Spec, tags: readonly TagTemplate[]): Verdict;
/** The SSH key types the documented list stands for. */
export declare function documentedKeyTypes(spec: Spec): Set<string>;
/** The verdict on a PublicKeyBody in the OpenSSH one-line form (other encodings are left open). */
export declare function bodyVerdict(spec: Spec, body: string): Verdict;
