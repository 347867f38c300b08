import { describe, expect, test } from 'vitest';
import type { CaseResult, StepRecord } from '../src/engine/index.ts';
import { lostCases } from './lost.ts';

function result(id: string, status: CaseResult['status'], steps: Array<Partial<StepRecord>> = []): CaseResult {
  return {
    id,
    title: id,
    file: 'f.yaml',
    rules: ['R'],
    evidence: 'documented',
    polarity: 'negative',
    scenario: 'missing-parameter',
    errorRow: undefined,
    status,
    brokenRules: [],
    attempt: 1,
    durationMs: 1,
    requests: 1,
    steps: steps.map((s) => ({
      request: { action: 'ImportKeyPair', params: {} },
      response: undefined,
      expected: undefined,
      mismatches: [],
      durationMs: 1,
      ...s,
    })),
  };
}

describe('lostCases', () => {
  test('counts inconclusive cases and observations that recorded a throttled answer', () => {
    const cases = [
      result('ok', 'passed', [{ response: { status: 400, code: 'InvalidParameter', body: {} } }]),
      result('gave-up', 'inconclusive'),
      result('observed-throttling', 'observed', [{ response: { status: 400, code: 'Throttling.User', body: {} } }]),
      result('some-of-64-throttled', 'passed', [{ outcomes: { '200': 1, '400:Throttling.User': 1 } }]),
    ];
    expect(lostCases(cases)).toEqual(['gave-up', 'observed-throttling', 'some-of-64-throttled']);
  });
});
