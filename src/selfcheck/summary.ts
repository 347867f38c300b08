/** Judges a self-check from its outcomes. Pure. */
import type { MutantOutcome, MutantStatus, SelfcheckSummary } from './types.ts';

/** True when some case's answers differ from the reference's, or exploration found the mutant. */
export function isLive(o: MutantOutcome, reference: MutantOutcome): boolean {
  if (o.killedBy.length > 0 || o.killedElsewhere.length > 0 || o.exploration?.caught) return true;
  return Object.entries(o.signatures).some(
    ([id, sig]) => reference.signatures[id] !== undefined && reference.signatures[id] !== sig,
  );
}

/** The status of one mutant in the matrix, given the reference run. */
export function statusOf(o: MutantOutcome, reference: MutantOutcome): MutantStatus {
  if (o.error !== undefined) return 'error';
  const failed = o.killedBy.length > 0 || o.killedElsewhere.length > 0;
  if (o.equivalent)
    return failed || o.exploration?.caught === true
      ? 'equivalent-flagged'
      : isLive(o, reference)
        ? 'equivalent-kept'
        : 'dead';
  if (o.exploreOnly) {
    if (failed) return 'explore-only-killed-by-suite';
    if (o.exploration === undefined) return 'not-checked';
    return o.exploration.caught ? 'explore-only-caught' : 'explore-only-missed';
  }
  if (o.killedBy.length > 0) return 'killed';
  return o.killedElsewhere.length > 0 ? 'killed-elsewhere' : 'survived';
}

const names = (os: readonly MutantOutcome[]): string => os.map((o) => o.mutant).join(', ');

function problemsOf(
  baseline: MutantOutcome,
  outcomes: readonly MutantOutcome[],
  statuses: Record<string, MutantStatus>,
): string[] {
  const having = (s: MutantStatus) => outcomes.filter((o) => statuses[o.mutant] === s);
  const problems: string[] = [];
  const baselineFails = [...baseline.killedBy, ...baseline.killedElsewhere];
  if (baseline.error !== undefined) problems.push(`the reference run broke: ${baseline.error}`);
  if (baselineFails.length > 0)
    problems.push(
      `the suite fails against the reference emulator (${baselineFails.map((k) => k.id).join(', ')}): ` +
        'no mutant can be judged',
    );
  if (baseline.exploration?.caught)
    problems.push(
      'exploration reports a finding against the reference emulator: its model disagrees with the reference',
    );
  const add = (s: MutantStatus, say: (list: string) => string) => {
    const os = having(s);
    if (os.length > 0) problems.push(say(names(os)));
  };
  add('survived', (l) => `mutant(s) survived: ${l}`);
  for (const o of having('killed-elsewhere')) {
    const broke = [...new Set(o.killedElsewhere.flatMap((k) => k.brokenRules))].join(', ');
    problems.push(
      `${o.mutant} is killed only on rules its entry does not name ` +
        `(${broke}; it names ${o.rules.join(', ') || 'none'})`,
    );
  }
  add(
    'equivalent-flagged',
    (l) => `equivalent mutant(s) flagged, so the suite or exploration asserts more than the document says: ${l}`,
  );
  add('dead', (l) => `mutant(s) not shown live: no request got a different answer than from the reference: ${l}`);
  add(
    'explore-only-killed-by-suite',
    (l) => `marked explore-only but the suite kills them (update the catalogue): ${l}`,
  );
  add('explore-only-missed', (l) => `exploration missed the explore-only mutant(s) ${l}`);
  add('not-checked', (l) => `explore-only mutant(s) not checked (exploration was off): ${l}`);
  for (const o of having('error')) problems.push(`${o.mutant}: ${o.error}`);
  return problems;
}

/** The summary: the score over killable mutants, and every reason to fail. */
export function summarize(baseline: MutantOutcome, outcomes: readonly MutantOutcome[]): SelfcheckSummary {
  const statuses = Object.fromEntries(outcomes.map((o) => [o.mutant, statusOf(o, baseline)])) as Record<
    string,
    MutantStatus
  >;
  const killable = outcomes.filter((o) => !o.equivalent && !o.exploreOnly);
  const killed = killable.filter((o) => statuses[o.mutant] === 'killed').length;
  const pick = (s: MutantStatus) => outcomes.filter((o) => statuses[o.mutant] === s).map((o) => o.mutant);
  const problems = problemsOf(baseline, outcomes, statuses);
  return {
    killable: killable.length,
    killed,
    score: killable.length === 0 ? 1 : killed / killable.length,
    survivors: pick('survived'),
    killedElsewhere: pick('killed-elsewhere'),
    flaggedEquivalents: pick('equivalent-flagged'),
    dead: pick('dead'),
    exploreOnly: outcomes.filter((o) => o.exploreOnly).map((o) => ({ mutant: o.mutant, status: statuses[o.mutant]! })),
    statuses,
    problems,
    ok: problems.length === 0,
  };
}
