import { describe, expect, test } from 'vitest';
import { caseResult, report, step } from './fixtures.ts';
import { changeLine, diffObservations, diffReports, notComparable } from './diff.ts';
import { renderDiffMarkdown } from './diff-format.ts';
import { normalizeCase } from './normalize.ts';

const answered = (status: number, body: Record<string, unknown>, code?: string) =>
  caseResult({ steps: [step({ response: { status, code, body } })] });
const changesOf = (a: ReturnType<typeof caseResult>, b: ReturnType<typeof caseResult>) =>
  diffObservations(normalizeCase(a, []), normalizeCase(b, [])).changes;

describe('diffObservations', () => {
  test('no change when the behaviour is the same', () => {
    expect(changesOf(answered(200, { A: 1 }), answered(200, { A: 1 }))).toEqual([]);
  });

  test('names status and code changes', () => {
    const ch = changesOf(answered(400, { Code: 'X' }, 'X'), answered(403, { Code: 'Y' }, 'Y'));
    expect(ch.map((c) => [c.what, c.a, c.b])).toEqual([
      ['status', '400', '403'],
      ['code', 'X', 'Y'],
    ]);
  });

  const shapeOrValue =
    'a field that appears, vanishes or changes type is a shape change; a new value of one type is a value change';
  test(shapeOrValue, () => {
    const ch = changesOf(
      answered(200, { Gone: 'x', Typed: 1, Same: 'a' }),
      answered(200, { New: true, Typed: '1', Same: 'b' }),
    );
    expect(ch.map((c) => [c.path, c.what])).toEqual([
      ['body.Gone', 'shape'],
      ['body.New', 'shape'],
      ['body.Same', 'value'],
      ['body.Typed', 'shape'],
    ]);
    expect(changeLine(ch[0]!)).toBe('step 1 ImportKeyPair body.Gone: "x" → (absent)');
  });

  test('an answer that changes form is drift; a report that never recorded the form compares without it', () => {
    const as = (format: 'json' | 'xml' | undefined, root?: string) =>
      caseResult({
        steps: [
          step({
            response: {
              status: 200,
              code: undefined,
              body: { A: 1 },
              ...(format ? { format } : {}),
              ...(root ? { root } : {}),
            },
          }),
        ],
      });
    const ch = changesOf(as('json'), as('xml', 'ImportKeyPairResponse'));
    expect(ch.map((c) => [c.path, c.a, c.b])).toEqual([['body.(envelope)', 'json', 'xml <ImportKeyPairResponse>']]);
    expect(changesOf(as(undefined), as('xml', 'ImportKeyPairResponse'))).toEqual([]);
  });

  test('a different number of steps is a change of the case as a whole', () => {
    const a = caseResult({ steps: [step(), step()] });
    const ch = changesOf(a, caseResult());
    expect(ch).toEqual([{ step: 0, action: '', what: 'steps', path: 'steps', a: '2 step(s)', b: '1 step(s)' }]);
  });

  test('a changed message is information, not a change', () => {
    const r = diffObservations(
      normalizeCase(answered(400, { Message: 'old' }), []),
      normalizeCase(answered(400, { Message: 'new' }), []),
    );
    expect(r.changes).toEqual([]);
    expect(r.info).toEqual([{ id: 'ikp-x/valid-class/one', step: 1, field: 'Message', a: 'old', b: 'new' }]);
  });
});

describe('diffReports', () => {
  const c = (id: string, status: number, extra: Parameters<typeof caseResult>[0] = {}) =>
    caseResult({ id, steps: [step({ response: { status, code: undefined, body: {} } })], ...extra });

  test('lists exactly the drifted cases, the added and removed ones, and those it could not compare', () => {
    const a = report([c('same', 200), c('drifts', 200), c('only-a', 200), c('skipped', 200)]);
    const b = report([
      c('same', 200),
      c('drifts', 400),
      c('only-b', 200),
      c('skipped', 200, { status: 'skipped', reason: 'needs a resource group' }),
    ]);
    const d = diffReports(a, b);
    expect(d.drifted.map((x) => x.id)).toEqual(['drifts']);
    expect(d.added).toEqual(['only-b']);
    expect(d.removed).toEqual(['only-a']);
    expect(d.notCompared).toEqual([{ id: 'skipped', reason: 'skipped in B: needs a resource group' }]);
    expect(d.compared).toBe(2);
  });

  test('the Markdown names each drifted case and says when nothing drifted', () => {
    const md = renderDiffMarkdown(diffReports(report([c('x|1', 200)]), report([c('x|1', 500)])));
    expect(md).toContain('# Drift: 1 of 1 compared case(s) changed');
    expect(md).toContain('## `x\\|1`');
    expect(md).toContain('| 1 ImportKeyPair | status | `status` | `200` | `500` |');
    expect(renderDiffMarkdown(diffReports(report([c('x', 200)]), report([c('x', 200)])))).toContain(
      '# No drift: 1 case(s) behave alike',
    );
  });

  test('notComparable names the side that did not run the case', () => {
    expect(notComparable({ status: 'inconclusive', reason: 'timeout' }, { status: 'passed' })).toBe(
      'inconclusive in A: timeout',
    );
    expect(notComparable({ status: 'failed' }, { status: 'observed' })).toBeUndefined();
  });
});
