import type { Evidence } from '../spec/types.ts';
import type { Polarity, Scenario } from '../cases/types.ts';
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
  response: { status: number; code: string | undefined; body: unknown } | undefined;
  expected: unknown;
  mismatches: Mismatch[];
  observations?: Record<string, unknown>;
  curl?: string;
  durationMs: number;
  /** For `times` steps and builtins: how many calls the step made, and how they ended. */
  calls?: number;
  outcomes?: Record<string, number>;
  error?: { code: string; message: string };
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
  steps: StepRecord[];
  durationMs: number;
  requests: number;
}
