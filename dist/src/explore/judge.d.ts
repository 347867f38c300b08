/**
 * Compares what a target answered with the model's verdict. Pure. An infrastructure answer
 * (throttled, a server fault, no usable answer) is inconclusive, never a finding, as in the
 * suite: answer.ts decides which answers those are.
 */
import { type Answer, type Exchange } from '../client/index.ts';
import type { Verdict } from './model.ts';
/** The outcome of comparing one answer with the model. */
export type Judgement = {
    kind: 'agree';
} | {
    kind: 'inconclusive';
    reason: string;
} | {
    kind: 'disagree';
    rules: string[];
    expected: string;
    actual: string;
};
/** What else a positive answer must carry. */
export interface SuccessChecks {
    name: string;
    /** The documented (colon) MD5 fingerprint of the key, when the body is the point. */
    fingerprint?: string;
}
/** Judges one ImportKeyPair answer against the model's verdict. */
export declare function judgeImport(verdict: Verdict, ex: Exchange, a: Answer, success: SuccessChecks): Judgement;
