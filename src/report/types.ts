import type { CaseResult } from '../engine/index.ts';
import type { Evidence } from '../spec/types.ts';

/** The verdict of a run against the documented behaviour. */
export type Verdict = 'conformant' | 'non-conformant' | 'inconclusive';

/** One rule of the coverage table: which cases exercised it, and whether that closes it. */
export interface RuleCoverage {
  id: string;
  title: string;
  evidence: Evidence;
  /**
   * judged: exercised by judged cases; passive: checked on every response; observed: recorded
   * only; hole: not exercised.
   */
  status: 'judged' | 'passive' | 'observed' | 'hole';
  cases: string[];
  failed: string[];
  /** Sources of findings outside the cases that broke the rule (`teardown`); absent when none did. */
  findings?: Array<Finding['source']>;
}

/**
 * Evidence of a broken rule that the run saw outside its cases: teardown's DeleteKeyPairs was
 * answered with success and the key pairs were listed afterwards all the same.
 */
export interface Finding {
  /** The rule the evidence breaks. */
  rule: string;
  /** Where the run saw it. */
  source: 'teardown';
  /** What was seen, as one sentence (without the places). */
  summary: string;
  /** The key pairs concerned. */
  places: Array<{ region: string; name: string }>;
}

/** One row of the error table and the cases that targeted it. */
export interface ErrorRowCoverage {
  code: string;
  status: number;
  cases: string[];
  coverage: 'judged' | 'passive' | 'hole';
}

/** Where a baseline came from: parity verdicts name it. */
export interface BaselineInfo {
  date: string;
  region: string;
  revision: string;
  target: string;
}

/** Parity: does the target behave as the recorded baseline did (after normalising volatile values)? */
export interface Parity {
  baseline: BaselineInfo;
  verdict: 'same' | 'drifted';
  /** Cases whose observed behaviour differs from the baseline's. */
  drifted: string[];
  compared: number;
  /** Cases of this run the baseline cannot vouch for: absent from it, or skipped/inconclusive in either. */
  unverified: string[];
  /** Each drifted case's changes, one line each. */
  changes: Record<string, string[]>;
  /** The baseline was recorded for another region or document revision. */
  warnings: string[];
}

/** report.json, version 1. */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  target: { url: string; region: string; secondRegion: string | undefined; embedded: boolean };
  spec: { document: string; revision: string };
  run: {
    token: string;
    signature: string;
    concurrency: number;
    shard: string | undefined;
    only: string | undefined;
    seed?: number;
  };
  startedAt: string;
  finishedAt: string;
  verdict: Verdict;
  verdictReason: string;
  summary: {
    total: number;
    passed: number;
    failed: number;
    inconclusive: number;
    skipped: number;
    observations: number;
    requests: number;
  };
  cases: CaseResult[];
  resources: {
    created: number;
    deleted: number;
    leaked: Array<{ region: string; name: string }>;
    teardownRequests: number;
    errors: string[];
  };
  /** Broken rules the run saw outside its cases (absent in reports of earlier versions). */
  findings?: Finding[];
  coverage: { rules: RuleCoverage[]; errorRows: ErrorRowCoverage[]; holes: string[] };
  /** With `kpc run --baseline`: the parity verdict beside the documented one. */
  parity?: Parity;
  /** Set by `kpc record`: this report is a baseline recorded at that time. */
  recordedAt?: string;
  /** Set by `kpc report merge`: the shard reports this one was merged from. */
  merged?: Array<{ source: string; shard: string | undefined; token: string; target: string; verdict: Verdict }>;
}
