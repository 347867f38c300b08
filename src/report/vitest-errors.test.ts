import { describe, expect, test } from 'vitest';
import type { TestCase, TestModule } from 'vitest/node';
import { META_KEY } from './vitest-bridge.ts';
import { vitestErrors } from './vitest-errors.ts';

function sink() {
  let out = '';
  return { write: (s: string) => (out += s), text: () => out };
}

const testCase = (state: 'passed' | 'failed', meta: Record<string, unknown>) =>
  ({
    name: 'ikp-x',
    meta: () => meta,
    result: () => ({ state, errors: state === 'failed' ? [{ message: 'boom', stack: 'Error: boom\n    at x' }] : [] }),
  }) as unknown as TestCase;

describe('vitestErrors', () => {
  test('prints a test that crashed before judging its case', () => {
    const s = sink();
    vitestErrors(s).onTestCaseResult(testCase('failed', {}));
    expect(s.text()).toBe('error in ikp-x: Error: boom\n    at x\n');
  });

  test('stays silent for a judged case, failed or not: the case result reports it', () => {
    const s = sink();
    vitestErrors(s).onTestCaseResult(testCase('failed', { [META_KEY]: { id: 'ikp-x' } }));
    vitestErrors(s).onTestCaseResult(testCase('passed', {}));
    expect(s.text()).toBe('');
  });

  test('prints a suite file that failed to load and unhandled errors', () => {
    const s = sink();
    const mod = {
      moduleId: '/suites/conformance.suite.ts',
      errors: () => [{ name: 'KpcError', message: 'KPC_RUN is not set' }],
    } as unknown as TestModule;
    vitestErrors(s).onTestRunEnd([mod], [{ message: 'late rejection' }]);
    expect(s.text()).toBe(
      'error loading /suites/conformance.suite.ts: KpcError: KPC_RUN is not set\nunhandled error: Error: late rejection\n',
    );
  });
});
