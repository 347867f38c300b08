/**
 * Passive checks: data plus a pure function, run on every response a case receives,
 * whatever the case expected. Each traces to a rule, never throws, and can be switched
 * off by name (schemathesis' checks, vitest's expectation results).
 */

/** The part of an exchange a check looks at. */
export interface Observed {
  action: string;
  status: number;
  body: unknown;
  /** The form the body came in (json, xml), when it was either. */
  format?: 'json' | 'xml';
  /** The root element of an XML body. */
  root?: string;
}

/** The outcome of one check on one response. */
export interface CheckResult {
  pass: boolean;
  expected: string;
  actual: unknown;
}

/** A named check tied to a rule. */
export interface Check {
  name: string;
  rule: string;
  applies(o: Observed): boolean;
  run(o: Observed): CheckResult;
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

/** Every check the suite knows, by name. */
export const CHECKS: readonly Check[] = [
  {
    name: 'request-id-present',
    rule: 'IKP-RESP-REQUEST-ID',
    applies: (o) => o.action === 'ImportKeyPair',
    run: (o) => {
      const v = field(o.body, 'RequestId');
      return { pass: typeof v === 'string' && v.length > 0, expected: 'a RequestId string', actual: v };
    },
  },
  {
    name: 'error-envelope',
    rule: 'IKP-ERR-ENVELOPE',
    applies: (o) => o.action === 'ImportKeyPair' && o.status >= 400,
    run: (o) => {
      const code = field(o.body, 'Code');
      return {
        pass: typeof code === 'string' && code.length > 0,
        expected: 'an error body (JSON or XML) with a Code string',
        actual: o.body === undefined ? '(neither JSON nor XML)' : { Code: code },
      };
    },
  },
  {
    name: 'internal-error-code',
    rule: 'IKP-ERR-INTERNAL',
    applies: (o) => o.action === 'ImportKeyPair' && o.status === 500,
    run: (o) => {
      const code = field(o.body, 'Code');
      return { pass: code === 'InternalError', expected: 'Code InternalError on a 500', actual: code };
    },
  },
  {
    name: 'xml-envelope',
    rule: 'IKP-FMT-XML',
    applies: (o) => o.action === 'ImportKeyPair' && o.format === 'xml',
    run: (o) => {
      const root = o.status >= 400 ? 'Error' : 'ImportKeyPairResponse';
      return { pass: o.root === root, expected: `XML rooted at <${root}>`, actual: o.root ?? '(no root element)' };
    },
  },
];

/** The checks enabled by name; `undefined` enables all. Unknown names are an error. */
export function selectChecks(names?: readonly string[]): Check[] {
  if (!names) return [...CHECKS];
  const unknown = names.filter((n) => !CHECKS.some((c) => c.name === n));
  if (unknown.length > 0)
    throw new Error(`unknown check(s): ${unknown.join(', ')}; known: ${CHECKS.map((c) => c.name).join(', ')}`);
  return CHECKS.filter((c) => names.includes(c.name));
}

/** Runs the checks that apply to one response; every result, passed or not (a check that applied saw its case). */
export function runChecks(checks: readonly Check[], o: Observed): Array<CheckResult & { name: string; rule: string }> {
  return checks.filter((c) => c.applies(o)).map((c) => ({ ...c.run(o), name: c.name, rule: c.rule }));
}
