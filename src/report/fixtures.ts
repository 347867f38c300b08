import type { CaseResult, StepRecord } from '../engine/index.ts';
import type { Report } from './types.ts';

/**
 * Test fixtures for the report modules: a case result and a report with every required
 * field, so each test states only what it is about.
 */

/** A step record: an ImportKeyPair answered 200 unless overridden. */
export function step(over: Partial<StepRecord> = {}): StepRecord {
  return {
    request: { action: 'ImportKeyPair', params: {} },
    response: { status: 200, code: undefined, body: {} },
    expected: {},
    mismatches: [],
    durationMs: 1,
    ...over,
  };
}

/** A passed case with one step unless overridden; steps without `asserted` assert the case's rules. */
export function caseResult(over: Partial<CaseResult> = {}): CaseResult {
  const r: CaseResult = {
    id: 'ikp-x/valid-class/one',
    title: 'accepts one',
    file: 'generated/name.yaml',
    rules: ['IKP-NAME-LENGTH'],
    evidence: 'documented',
    polarity: 'positive',
    scenario: 'valid-class',
    errorRow: undefined,
    status: 'passed',
    brokenRules: [],
    steps: [step()],
    attempt: 1,
    durationMs: 5,
    requests: 1,
    ...over,
  };
  return { ...r, steps: r.steps.map((s) => ({ asserted: r.rules, ...s })) };
}

/** A report around `cases`, its summary counted from them. */
export function report(cases: CaseResult[], over: Partial<Report> = {}): Report {
  const n = (s: CaseResult['status']): number => cases.filter((c) => c.status === s).length;
  return {
    schemaVersion: 1,
    tool: { name: 'keypair-conformance', version: '0.0.0' },
    target: { url: 'http://127.0.0.1:9', region: 'cn-hangzhou', secondRegion: 'cn-shanghai', embedded: false },
    spec: { document: 'Elastic Compute Service:ImportKeyPair', revision: '2026-06-18' },
    run: { token: 'kpctoken0001', signature: 'v3', concurrency: 8, shard: undefined, only: undefined },
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:05.000Z',
    verdict: n('failed') > 0 ? 'non-conformant' : 'conformant',
    verdictReason: n('failed') > 0 ? `${n('failed')} case(s) failed` : 'every judged case passed',
    summary: {
      total: cases.length,
      passed: n('passed'),
      failed: n('failed'),
      inconclusive: n('inconclusive'),
      skipped: n('skipped'),
      observations: n('observed'),
      requests: cases.reduce((a, c) => a + c.requests, 0),
    },
    cases,
    resources: { created: 1, deleted: 1, leaked: [], teardownRequests: 1, errors: [] },
    coverage: {
      rules: [
        {
          id: 'IKP-NAME-LENGTH',
          title: 'KeyPairName is 2 to 128 characters long',
          evidence: 'documented',
          status: 'judged',
          cases: cases.map((c) => c.id),
          failed: cases.filter((c) => c.status === 'failed').map((c) => c.id),
        },
      ],
      errorRows: [{ code: 'InvalidKeyPairName.Malformed', status: 400, cases: [], coverage: 'hole' }],
      holes: ['error row 400 InvalidKeyPairName.Malformed'],
    },
    ...over,
  };
}

/** A case a target could use to attack a report: markup, pipes, backticks and control characters everywhere. */
export function hostileCase(): CaseResult {
  const evil = '<script>alert("x")</script> | `tick` & \u0001 ]]>';
  return caseResult({
    id: 'ikp-evil/<b>|x',
    title: `title ${evil}`,
    status: 'failed',
    brokenRules: ['IKP-NAME-LENGTH'],
    steps: [
      step({
        request: { action: 'ImportKeyPair', params: { KeyPairName: evil } },
        response: { status: 200, code: undefined, body: { KeyPairName: evil, Message: evil } },
        mismatches: [{ path: 'body.KeyPairName', expected: `equals ${evil}`, actual: evil, rule: 'IKP-NAME-LENGTH' }],
        curl: `curl -sS 'http://127.0.0.1:9/?KeyPairName=${encodeURIComponent(evil)}' -H 'authorization: <redacted>'`,
      }),
    ],
  });
}
