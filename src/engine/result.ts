import type { Evidence } from '../spec/types.ts';
import type { Case, Polarity, Scenario } from '../cases/types.ts';
import type { Mismatch } from './matchers.ts';

/**
 * Findings are values: what each case saw and how it was judged. A case result is what
 * report.json lists; faults (an unreachable target) make a case inconclusive, not failed.
 */

/** passed/failed: judged; inconclusive: the target could not be judged; observed: recorded only. */
export type CaseStatus = 'passed' | 'failed' | 'inconclusive' | 'skipped' | 'observed';

/** One request and its response, as the report keeps it (secrets already redacted). */
export interface StepRecord {
  request: { action: string; params: Record<string, string> };
  response:
    { status: number; code: string | undefined; body: unknown; format?: 'json' | 'xml'; root?: string } | undefined;
  expected: unknown;
  mismatches: Mismatch[];
  observations?: Record<string, unknown>;
  curl?: string;
  durationMs: number;
  /** For `times` steps and builtins: how many calls the step made, and how they ended. */
  calls?: number;
  outcomes?: Record<string, number>;
  /** The answer was infrastructure (throttled, a server fault, no usable answer): the attempt is not clean. */
  infrastructure?: string;
  /** Rules whose expectations this step evaluated, passed or failed: what it covers. */
  asserted?: string[];
  /** Rules of passive checks that applied to this step's answers (saw what they check). */
  seen?: string[];
}

/** An attempt of a case that met the infrastructure and was not judged (the case ran again from scratch). */
export interface DiscardedAttempt {
  attempt: number;
  /** What made it unclean: `target answered 500 InternalError`, `no answer (…)`. */
  reason: string;
  steps: StepRecord[];
  requests: number;
  durationMs: number;
  /**
   * For a case that holds a region's whole quota: how the run's key pairs were cleared before
   * the next attempt (an attempt cut short leaves the region full).
   */
  cleared?: string;
}

/** The judged result of one case. */
export interface CaseResult {
  id: string;
  title: string;
  file: string;
  rules: string[];
  evidence: Evidence;
  polarity: Polarity;
  scenario: Scenario;
  errorRow: string | undefined;
  status: CaseStatus;
  /** Why a case was skipped or inconclusive. */
  reason?: string;
  /** Rules whose expectations failed (a subset of `rules` plus passive-check rules). */
  brokenRules: string[];
  /** The steps of the judged attempt (the last one). */
  steps: StepRecord[];
  /** Which attempt was judged (1-based): the first clean one, or the last one tried. */
  attempt: number;
  /** Earlier attempts that met the infrastructure, kept as they ran; absent when the first attempt was judged. */
  discarded?: DiscardedAttempt[];
  durationMs: number;
  /** Requests of every attempt. */
  requests: number;
}

/** The fields of a result that come from the case itself. */
export type CaseIdentity = Pick<
  CaseResult,
  'id' | 'title' | 'file' | 'rules' | 'evidence' | 'polarity' | 'scenario' | 'errorRow'
>;

/** A case's identity fields, as every result of it carries them. */
export function identityOf(c: Case & { file: string }): CaseIdentity {
  const { id, title, file, rules, evidence, polarity, scenario, errorRow } = c;
  return { id, title, file, rules, evidence, polarity, scenario, errorRow };
}

/** The result of a case that sent nothing: skipped for a missing capability, or not run at all. */
export function unrun(c: Case & { file: string }, status: 'skipped' | 'inconclusive', reason: string): CaseResult {
  return { ...identityOf(c), status, reason, brokenRules: [], steps: [], attempt: 0, durationMs: 0, requests: 0 };
}

/** A key pair in a region. */
export interface Place {
  region: string;
  name: string;
}

/** What teardown did, for the report's `resources` section. */
export interface TeardownResult {
  /** Key pairs the run created: answered as created, or found listed when the answer was lost. */
  created: number;
  /** Key pairs teardown found listed and that are no longer listed. */
  deleted: number;
  /** Key pairs of the run the target still lists at the end. */
  leaked: Place[];
  /** Key pairs whose DeleteKeyPairs was answered with success and that were listed after it. */
  listedAfterDelete: Place[];
  requests: number;
  errors: string[];
}
