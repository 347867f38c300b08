import { describe, expect, test } from 'vitest';
import { renderMarkdown, renderText } from './render.ts';
import { statusOf, summarize } from './summary.ts';
import type { MutantOutcome, SelfcheckReport } from './types.ts';

function outcome(mutant: string, o: Partial<MutantOutcome> = {}): MutantOutcome {
  return {
    mutant,
    area: 'name',
    description: `${mutant} deviates`,
    rules: ['IKP-NAME-LENGTH'],
    equivalent: false,
    exploreOnly: false,
    killedBy: [],
    killedElsewhere: [],
    inconclusive: [],
    cases: 3,
    durationMs: 10,
    signatures: { c1: 'same' },
    ...o,
  };
}
const kill = (id: string) => ({ id, brokenRules: ['IKP-NAME-LENGTH'] });
const explored = (caught: boolean) => ({
  seed: 1,
  runs: 100,
  caught,
  properties: [
    {
      property: 'name-rules',
      status: caught ? 'failed' : 'passed',
      ...(caught ? { counterexample: '{"prefix":"a","suffix":"!","length":1}', rules: ['IKP-NAME-CHARSET'] } : {}),
    },
  ],
});
const baseline = outcome('faithful', { equivalent: true });
const live = { signatures: { c1: 'different' } };

describe('statusOf', () => {
  test('a non-equivalent mutant is killed by any failed case and survives otherwise', () => {
    expect(statusOf(outcome('m', { killedBy: [kill('c1')] }), baseline)).toBe('killed');
    expect(statusOf(outcome('m'), baseline)).toBe('survived');
  });

  test('a failure on rules the entry does not name is a kill elsewhere, not a kill', () => {
    const elsewhere = { id: 'c2', brokenRules: ['IKP-QUOTA'] };
    expect(statusOf(outcome('m', { killedElsewhere: [elsewhere] }), baseline)).toBe('killed-elsewhere');
    expect(statusOf(outcome('m', { killedBy: [kill('c1')], killedElsewhere: [elsewhere] }), baseline)).toBe('killed');
  });

  test('an equivalent mutant is flagged by a failed case or by an exploration finding', () => {
    expect(statusOf(outcome('e', { equivalent: true, ...live }), baseline)).toBe('equivalent-kept');
    expect(statusOf(outcome('e', { equivalent: true, killedBy: [kill('c1')] }), baseline)).toBe('equivalent-flagged');
    expect(statusOf(outcome('e', { equivalent: true, exploration: explored(true) }), baseline)).toBe(
      'equivalent-flagged',
    );
  });

  test('an explore-only mutant must escape the suite and be caught by exploration', () => {
    expect(statusOf(outcome('x', { exploreOnly: true, exploration: explored(true) }), baseline)).toBe(
      'explore-only-caught',
    );
    expect(statusOf(outcome('x', { exploreOnly: true, exploration: explored(false) }), baseline)).toBe(
      'explore-only-missed',
    );
    expect(statusOf(outcome('x', { exploreOnly: true, killedBy: [kill('c1')] }), baseline)).toBe(
      'explore-only-killed-by-suite',
    );
  });

  test('an explore-only mutant without exploration is not checked, never caught', () => {
    expect(statusOf(outcome('x', { exploreOnly: true }), baseline)).toBe('not-checked');
  });

  test("an equivalent mutant whose every answer equals the reference's is not shown live", () => {
    expect(statusOf(outcome('e', { equivalent: true }), baseline)).toBe('dead');
  });
});

describe('summarize', () => {
  test('scores killed over killable mutants, leaving equivalent and explore-only ones out', () => {
    const s = summarize(baseline, [
      outcome('a', { killedBy: [kill('c')] }),
      outcome('b', { killedBy: [kill('c')] }),
      outcome('e', { equivalent: true, ...live }),
      outcome('x', { exploreOnly: true, exploration: explored(true) }),
    ]);
    expect(s).toMatchObject({
      killable: 2,
      killed: 2,
      score: 1,
      survivors: [],
      flaggedEquivalents: [],
      ok: true,
      problems: [],
    });
  });

  const everyProblemNamed =
    'fails on a survivor, a flagged equivalent, a missed explore-only mutant and a failing reference, naming each';
  test(everyProblemNamed, () => {
    const s = summarize(outcome('faithful', { equivalent: true, killedBy: [kill('c9')] }), [
      outcome('a'),
      outcome('e', { equivalent: true, killedBy: [kill('c1')] }),
      outcome('x', { exploreOnly: true, exploration: explored(false) }),
    ]);
    expect(s.ok).toBe(false);
    expect(s.score).toBe(0);
    expect(s.survivors).toEqual(['a']);
    expect(s.flaggedEquivalents).toEqual(['e']);
    expect(s.problems.join('\n')).toMatch(/c9[\s\S]*a[\s\S]*e[\s\S]*exploration missed the explore-only mutant\(s\) x/);
  });

  test('a kill elsewhere, a dead mutant and an unchecked explore-only mutant each fail the self-check', () => {
    const s = summarize(baseline, [
      outcome('k', { killedElsewhere: [{ id: 'c5', brokenRules: ['IKP-QUOTA'] }] }),
      outcome('d', { equivalent: true }),
      outcome('n', { exploreOnly: true }),
    ]);
    expect(s.ok).toBe(false);
    expect(s.killed).toBe(0);
    expect(s.killedElsewhere).toEqual(['k']);
    expect(s.dead).toEqual(['d']);
    expect(s.problems.join('\n')).toMatch(
      /k is killed only on rules its entry does not name \(IKP-QUOTA; it names IKP-NAME-LENGTH\)/,
    );
    expect(s.problems.join('\n')).toMatch(/not shown live[^\n]*d/);
    expect(s.problems.join('\n')).toMatch(/not checked[^\n]*n/);
  });

  test('a mutant whose run broke fails the self-check and is not counted as killed', () => {
    const s = summarize(baseline, [outcome('a', { error: 'the worker exited' })]);
    expect(s.killed).toBe(0);
    expect(s.ok).toBe(false);
    expect(s.problems).toContain('a: the worker exited');
  });
});

describe('rendering', () => {
  const mutants = [
    outcome('a', { killedBy: [kill('c1'), kill('c2')] }),
    outcome('x', { exploreOnly: true, exploration: explored(true) }),
    outcome('e', { equivalent: true, ...live }),
  ];
  const report: SelfcheckReport = {
    schemaVersion: 2,
    startedAt: '2024-05-01T10:00:00.000Z',
    wallMs: 1500,
    jobs: 2,
    cases: 3,
    baseline,
    summary: summarize(baseline, mutants),
    mutants,
  };

  test('the text matrix names each mutant, the cases that caught it, the score and the verdict', () => {
    const text = renderText(report);
    expect(text).toMatch(/killed\s+a\s+2 case\(s\): c1, c2/);
    expect(text).toContain('exploration name-rules');
    expect(text).toContain('mutation score: 1/1 non-equivalent mutants killed (100.0%)');
    expect(text).toContain('SELFCHECK PASSED');
  });

  test('the Markdown matrix has one table row per mutant', () => {
    const md = renderMarkdown(report);
    // The mutants, then the top cases c1 and c2.
    expect(md.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(3 + 2);
    expect(md).toContain('| `a` | killable |');
  });
});
