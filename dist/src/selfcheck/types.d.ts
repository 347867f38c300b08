/** The self-check's findings as values: one outcome a mutant, and the summary that judges them. */
/** A case that failed against a mutant, and the rules it broke. */
export interface Kill {
    id: string;
    brokenRules: string[];
    detail?: string;
}
/** What exploration did against a mutant. */
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
    /** Failed cases that broke a rule the mutant's entry names: the mutant is killed when there is one. */
    killedBy: Kill[];
    /** Failed cases that broke only other rules: a kill for the wrong reason, listed apart. */
    killedElsewhere: Kill[];
    /** Cases that could not be judged (no clean attempt, a case that could not run). */
    inconclusive: Array<{
        id: string;
        detail?: string;
    }>;
    cases: number;
    durationMs: number;
    /** Each case's normalised answers, one string a case: compared with the reference's to show the mutant live. */
    signatures: Record<string, string>;
    exploration?: ExplorationOutcome;
    /** The run itself broke (a worker died): nothing can be said of this mutant. */
    error?: string;
}
/** How a mutant is classified in the matrix. */
export type MutantStatus = 'killed' | 'killed-elsewhere' | 'survived' | 'equivalent-kept' | 'equivalent-flagged' | 'dead' | 'explore-only-caught' | 'explore-only-missed' | 'explore-only-killed-by-suite' | 'not-checked' | 'error';
/** The verdict of a self-check. */
export interface SelfcheckSummary {
    /** Non-equivalent mutants the suite must kill (explore-only ones excluded). */
    killable: number;
    killed: number;
    /** killed / killable, 0..1. */
    score: number;
    survivors: string[];
    killedElsewhere: string[];
    flaggedEquivalents: string[];
    /** Mutants no request showed different from the reference. */
    dead: string[];
    exploreOnly: Array<{
        mutant: string;
        status: MutantStatus;
    }>;
    statuses: Record<string, MutantStatus>;
    /** Why the self-check fails; empty when it passes. */
    problems: string[];
    ok: boolean;
}
/** selfcheck.json. */
export interface SelfcheckReport {
    schemaVersion: 2;
    startedAt: string;
    wallMs: number;
    jobs: number;
    cases: number;
    baseline: MutantOutcome;
    summary: SelfcheckSummary;
    mutants: MutantOutcome[];
}
