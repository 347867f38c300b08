/** The self-check's findings as values: one outcome a mutant, and the summary that judges them. */

/** A case that failed against a mutant. */
export interface Kill {
  id: string;
  brokenRules: string[];
  detail?: string;
}

/** What exploration did against an explore-only mutant. */
export interface ExplorationOutcome {
  seed: number;
  runs: number;
  caught: boolean;
  properties: Array<{
    property: string;
    status: string;
    rules?: string[];
    counterexample?: string;
    expected?: string;
    actual?: string;
  }>;
}

/** How the suite fared against one mutant (or, as `faithful`, against the reference). */
export interface MutantOutcome {
  mutant: string;
  area: string;
  description: string;
  rules: string[];
  equivalent: boolean;
  exploreOnly: boolean;
  /** Cases that failed: the mutant is killed when there is at least one. */
  killedBy: Kill[];
  /** Cases that could not be judged (a 5xx, a case that could not run). */
  inconclusive: Array<{ id: string; detail?: string }>;
  cases: number;
  durationMs: number;
  exploration?: ExplorationOutcome;
  /** The run itself broke (a worker died): nothing can be said of this mutant. */
  error?: string;
}

/** How a mutant is classified in the matrix. */
export type MutantStatus =
  | 'killed'
  | 'survived'
  | 'equivalent-kept'
  | 'equivalent-flagged'
  | 'explore-only-caught'
  | 'explore-only-missed'
  | 'explore-only-killed-by-suite'
  | 'error';

/** The verdict of a self-check. */
export interface SelfcheckSummary {
  /** Non-equivalent mutants the suite must kill (explore-only ones excluded). */
  killable: number;
  killed: number;
  /** killed / killable, 0..1. */
  score: number;
  survivors: string[];
  flaggedEquivalents: string[];
  exploreOnly: Array<{ mutant: string; status: MutantStatus }>;
  statuses: Record<string, MutantStatus>;
  /** Why the self-check fails; empty when it passes. */
  problems: string[];
  ok: boolean;
}

/** selfcheck.json. */
export interface SelfcheckReport {
  schemaVersion: 1;
  startedAt: string;
  wallMs: number;
  jobs: number;
  cases: number;
  baseline: MutantOutcome;
  summary: SelfcheckSummary;
  mutants: MutantOutcome[];
}
