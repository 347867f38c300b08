import { md5Fingerprint } from '../keys/index.ts';
import type { GeneratedKey } from '../keys/index.ts';
import type { Matcher } from '../cases/types.ts';

/**
 * Tagged matchers evaluated by one switch. A matcher never throws: it returns the
 * mismatches it found, each with the path, what was expected, what was seen, and the
 * rule the expectation traces to.
 */

/** One difference between what a case expected and what the target answered. */
export interface Mismatch {
  path: string;
  expected: string;
  actual: unknown;
  rule: string | undefined;
}

/** What matchers may refer to: bound values (already interpolated) and generated keys. */
export interface MatchContext {
  keys: Record<string, GeneratedKey>;
  interpolate: (s: string) => string;
  /** Told the rule of every expectation evaluated (undefined: the case's own rules), passed or not. */
  asserted?: (rule: string | undefined) => void;
}

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

function isTagged(m: Matcher): m is Extract<Matcher, { match: string }> {
  return typeof m === 'object' && m !== null && typeof (m as { match?: unknown }).match === 'string';
}

function typeOf(v: unknown): string {
  if (v === undefined) return 'absent';
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

function resolveScalar(v: unknown, ctx: MatchContext): unknown {
  return typeof v === 'string' ? ctx.interpolate(v) : v;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type Tagged = Extract<Matcher, { match: string }>;
type Fail = (expected: string, rule?: string) => Mismatch[];

/** A plain object matches field by field (other fields allowed); a scalar must equal. */
function evaluatePlain(
  m: Matcher,
  actual: unknown,
  path: string,
  ctx: MatchContext,
  rule: string | undefined,
  fail: Fail,
): Mismatch[] {
  if (typeof m === 'object' && m !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return fail('an object');
    const fields = Object.entries(m as Record<string, Matcher>);
    return fields.flatMap(([k, sub]) =>
      evaluate(sub, (actual as Record<string, unknown>)[k], `${path}.${k}`, ctx, rule),
    );
  }
  const want = resolveScalar(m, ctx);
  return deepEqual(actual, want) ? [] : fail(`equals ${JSON.stringify(want)}`);
}

function fingerprintOf(
  m: Extract<Tagged, { match: 'fingerprint-of' }>,
  actual: unknown,
  ctx: MatchContext,
): string | undefined {
  const key = ctx.keys[m.key];
  if (!key) return `fingerprint of ${m.key}, which is not a key var`;
  const fp = md5Fingerprint(key.blob);
  if (m.form === 'colon') return actual === fp.colon ? undefined : `MD5 fingerprint in RFC 4716 form ${fp.colon}`;
  const norm = typeof actual === 'string' ? actual.replace(/:/g, '').toLowerCase() : undefined;
  return norm === fp.hex ? undefined : `MD5 digest of the key blob (${fp.colon}, any textual form)`;
}

function membership(
  m: Extract<Tagged, { match: 'includes' | 'excludes' | 'every' }>,
  actual: unknown,
  path: string,
  ctx: MatchContext,
  r: string | undefined,
): string | undefined {
  if (!Array.isArray(actual)) return `an array that ${m.match} ${JSON.stringify(m.item)}`;
  const matches = (el: unknown, i: number) => evaluate(m.item as Matcher, el, `${path}[${i}]`, ctx, r).length === 0;
  if (m.match === 'every')
    return actual.every(matches) ? undefined : `every element matching ${describeItem(m.item, ctx)}`;
  const found = actual.some(matches);
  if (m.match === 'includes') return found ? undefined : `an element matching ${describeItem(m.item, ctx)}`;
  return found ? `no element matching ${describeItem(m.item, ctx)}` : undefined;
}

/** What a tagged matcher expected, or undefined when `actual` satisfies it (all-of is evaluated by the caller). */
function tagged(
  m: Exclude<Tagged, { match: 'all-of' }>,
  actual: unknown,
  path: string,
  ctx: MatchContext,
  r: string | undefined,
): string | undefined {
  const unless = (ok: boolean, expected: string): string | undefined => (ok ? undefined : expected);
  switch (m.match) {
    case 'equals': {
      const want = resolveScalar(m.value, ctx);
      return unless(deepEqual(actual, want), `equals ${JSON.stringify(want)}`);
    }
    case 'one-of': {
      const wants = m.values.map((v) => resolveScalar(v, ctx));
      return unless(
        wants.some((w) => deepEqual(actual, w)),
        `one of ${JSON.stringify(wants)}`,
      );
    }
    case 'regex':
      return unless(typeof actual === 'string' && new RegExp(m.pattern, 'u').test(actual), `matches /${m.pattern}/`);
    case 'uuid':
      return unless(typeof actual === 'string' && UUID.test(actual), 'a UUID');
    case 'type':
      return unless(typeOf(actual) === m.type, `of type ${m.type}`);
    case 'absent':
      return unless(actual === undefined, 'absent');
    case 'present':
      return unless(actual !== undefined && actual !== null, 'present');
    case 'status-class': {
      const lo = Number(m.class[0]) * 100;
      return unless(typeof actual === 'number' && actual >= lo && actual < lo + 100, `a ${m.class} status`);
    }
    case 'fingerprint-of':
      return fingerprintOf(m, actual, ctx);
    case 'includes':
    case 'excludes':
    case 'every':
      return membership(m, actual, path, ctx, r);
    case 'length':
      return unless(Array.isArray(actual) && actual.length === m.value, `an array of length ${m.value}`);
    default:
      return `a known matcher (got ${JSON.stringify((m as { match: unknown }).match)})`;
  }
}

/** Evaluates `m` against `actual` at `path`; `rule` is the inherited rule id. */
export function evaluate(m: Matcher, actual: unknown, path: string, ctx: MatchContext, rule?: string): Mismatch[] {
  const fail: Fail = (expected, r = rule) => [{ path, expected, actual, rule: r }];
  if (!isTagged(m)) {
    if (typeof m !== 'object' || m === null) ctx.asserted?.(rule);
    return evaluatePlain(m, actual, path, ctx, rule, fail);
  }
  if (m.match === 'all-of') return m.matchers.flatMap((sub) => evaluate(sub, actual, path, ctx, rule));
  const r = 'rule' in m && m.rule !== undefined ? m.rule : rule;
  ctx.asserted?.(r);
  const expected = tagged(m, actual, path, ctx, r);
  return expected === undefined ? [] : fail(expected, r);
}

function describeItem(item: Record<string, Matcher>, ctx: MatchContext): string {
  const parts = Object.entries(item).map(
    ([k, v]) => `${k}=${typeof v === 'string' ? ctx.interpolate(v) : JSON.stringify(v)}`,
  );
  return `{${parts.join(', ')}}`;
}
