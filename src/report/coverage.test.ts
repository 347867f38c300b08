import { describe, expect, test } from 'vitest';
import { loadCases } from '../cases/load.ts';
import { defaultSpec } from '../spec/load.ts';
import { buildCoverage } from './coverage.ts';
import { caseResult, step } from './fixtures.ts';

const spec = defaultSpec();
const cases = loadCases();
const nameCase = cases.find((c) => c.rules.includes('IKP-NAME-LENGTH'))!;
const ruleOf = (cov: ReturnType<typeof buildCoverage>, id: string) => cov.rules.find((r) => r.id === id)!;
const rowOf = (cov: ReturnType<typeof buildCoverage>, code: string) => cov.errorRows.find((r) => r.code === code)!;

describe('the coverage table', () => {
  test('counts a rule as covered where a judged case evaluated an expectation citing it', () => {
    const r = caseResult({ id: nameCase.id, rules: nameCase.rules, steps: [step({ asserted: ['IKP-NAME-LENGTH'] })] });
    const cov = buildCoverage(spec, cases, [r]);
    expect(ruleOf(cov, 'IKP-NAME-LENGTH')).toMatchObject({ status: 'judged', cases: [nameCase.id] });
  });

  test('a rule a case cites but never evaluated (it stopped earlier) is a hole', () => {
    const r = caseResult({ id: nameCase.id, rules: nameCase.rules, status: 'failed', steps: [step({ asserted: [] })] });
    const cov = buildCoverage(spec, cases, [r]);
    expect(ruleOf(cov, 'IKP-NAME-LENGTH').status).toBe('hole');
    expect(cov.holes).toContain('rule IKP-NAME-LENGTH');
  });

  test('the InternalError row is covered passively only in a run where a 500 came back', () => {
    const quiet = buildCoverage(spec, cases, [caseResult({ id: nameCase.id })]);
    expect(rowOf(quiet, 'InternalError').coverage).toBe('hole');
    expect(ruleOf(quiet, 'IKP-ERR-INTERNAL').status).toBe('hole');
    const answered500 = caseResult({ id: nameCase.id, steps: [step({ seen: ['IKP-ERR-INTERNAL'] })] });
    const cov = buildCoverage(spec, cases, [answered500]);
    expect(rowOf(cov, 'InternalError').coverage).toBe('passive');
    expect(ruleOf(cov, 'IKP-ERR-INTERNAL').status).toBe('passive');
  });

  test('a 500 seen in an attempt that was discarded still counts as seen', () => {
    const discarded = [
      {
        attempt: 1,
        reason: 'target answered 500',
        steps: [step({ seen: ['IKP-ERR-INTERNAL'] })],
        requests: 1,
        durationMs: 1,
      },
    ];
    const cov = buildCoverage(spec, cases, [caseResult({ id: nameCase.id, attempt: 2, discarded })]);
    expect(rowOf(cov, 'InternalError').coverage).toBe('passive');
  });
});
