/** Judges a self-check from its outcomes. Pure. */
import type { MutantOutcome, MutantStatus, SelfcheckSummary } from './types.ts';

/** The status of one mutant in the matrix. */
export function statusOf(o: MutantOutcome): MutantStatus {
  if (o.error !== undefined) return 'error';
  const killed = o.killedBy.length > 0;
  if (o.equivalent) return killed || o.exploration?.caught === true ? 'equivalent-flagged' : 'equivalent-kept';
  if (o.exploreOnly)
    return killed
      ? 'explore-only-killed-by-suite'
      : o.exploration?.caught === false
        ? 'explore-only-missed'
        : 'explore-only-caught';
  return killed ? 'killed' : 'survived';
}

/**
 * The summary: the score over killable mutants, and every reason to fail: a reference run
 * that does not pass, a survivor, a flagged equivalent, an explore-only mutant the suite
 * kills (the catalogue is wrong) or exploration misses, a mutant whose run broke.
 */
export function summarize(baseline: MutantOutcome, outcomes: readonly MutantOutcome[]): SelfcheckSummary {
  const statuses = Object.fromEntries(outcomes.map((o) => [o.mutant, statusOf(o)])) as Record<string, MutantStatus>;
  const killable = outcomes.filter((o) => !o.equivalent && !o.exploreOnly);
  const killed = killable.filter((o) => statuses[o.mutant] === 'killed').length;
  const survivors = killable.filter((o) => statuses[o.mutant] === 'survived').map((o) => o.mutant);
  const flaggedEquivalents = outcomes.filter((o) => statuses[o.mutant] === 'equivalent-flagged').map((o) => o.mutant);
  const exploreOnly = outcomes
    .filter((o) => o.exploreOnly)
    .map((o) => ({ mutant: o.mutant, status: statuses[o.mutant]! }));
  const problems: string[] = [];
  if (baseline.error !== undefined) problems.push(`the reference run broke: ${baseline.error}`);
  if (baseline.killedBy.length > 0)
    problems.push(
      `the suite fails against the reference emulator (${baseline.killedBy.map((k) => k.id).join(', ')}): no mutant can be judged`,
    );
  if (baseline.exploration?.caught)
    problems.push(
      'exploration reports a finding against the reference emulator: its model disagrees with the reference',
    );
  if (survivors.length > 0) problems.push(`${survivors.length} mutant(s) survived: ${survivors.join(', ')}`);
  if (flaggedEquivalents.length > 0)
    problems.push(
      `equivalent mutant(s) flagged, so the suite or exploration asserts more than the document says: ${flaggedEquivalents.join(', ')}`,
    );
  for (const x of exploreOnly) {
    if (x.status === 'explore-only-killed-by-suite')
      problems.push(`${x.mutant} is marked explore-only but the suite kills it: update the catalogue`);
    if (x.status === 'explore-only-missed') problems.push(`exploration missed the explore-only mutant ${x.mutant}`);
  }
  for (const o of outcomes.filter((x) => x.error !== undefined)) problems.push(`${o.mutant}: ${o.error}`);
  return {
    killable: killable.length,
    killed,
    score: killable.length === 0 ? 1 : killed / killable.length,
    survivors,
    flaggedEquivalents,
    exploreOnly,
    statuses,
    problems,
    ok: problems.length === 0,
  };
}
