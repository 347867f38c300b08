import type { CaseResult } from '../engine/index.ts';
import { type CaseObservation } from './normalize.ts';
import type { Report, Verdict } from './types.ts';
/**
 * Drift: two reports compared case by case on what the target did (status, code, body
 * shape and normalised values), never on how the suite judged it. Messages are reported
 * apart, as information: they are recorded, never asserted.
 */
/** One difference in a case's behaviour. `shape`: a field appeared, vanished or changed type. */
export interface Change {
    /** 1-based step; 0 for the case as a whole. */
    step: number;
    action: string;
    what: 'steps' | 'action' | 'status' | 'code' | 'error' | 'shape' | 'value' | 'outcomes';
    path: string;
    a: string | undefined;
    b: string | undefined;
}
/** A case whose behaviour changed. */
export interface CaseDrift {
    id: string;
    title: string;
    statusA: string;
    statusB: string;
    changes: Change[];
}
/** A changed message or Recommend (informational, never drift). */
export interface InfoChange {
    id: string;
    step: number;
    field: string;
    a: string | undefined;
    b: string | undefined;
}
/** Which report a side of the diff is. */
export interface DiffSide {
    target: string;
    region: string;
    revision: string;
    date: string;
    verdict: Verdict;
}
/** The comparison of report A (before) with report B (after). */
export interface ReportDiff {
    a: DiffSide;
    b: DiffSide;
    compared: number;
    drifted: CaseDrift[];
    /** Cases only in B. */
    added: string[];
    /** Cases only in A. */
    removed: string[];
    /** Cases in both that one side did not run to a verdict (skipped, inconclusive). */
    notCompared: Array<{
        id: string;
        reason: string;
    }>;
    messages: InfoChange[];
}
/** The changes between two observations of one case; empty when it behaved alike. */
export declare function diffObservations(a: CaseObservation, b: CaseObservation): {
    changes: Change[];
    info: InfoChange[];
};
/** Why a case cannot be compared, or undefined when both sides ran it to a verdict. */
export declare function notComparable(a: Pick<CaseResult, 'status' | 'reason'>, b: Pick<CaseResult, 'status' | 'reason'>): string | undefined;
/** The side of a diff a report is. */
export declare function sideOf(r: Report): DiffSide;
/** Compares report A with report B case by case. */
export declare function diffReports(a: Report, b: Report): ReportDiff;
/** One change as a line: `step 1 ImportKeyPair body.KeyPairFingerPrint: A → B`. */
export declare function changeLine(c: Change): string;
