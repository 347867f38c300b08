/**
 * Turns a case's tagged matchers into a Pact response template (MatchersV3 values). A
 * value the case pins becomes a literal; a value that varies between providers becomes a
 * matcher with an example; what Pact cannot say (absence, exclusion, a count) is dropped
 * and noted, never guessed.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import type { Matcher } from '../cases/types.ts';
import { interpolate } from '../engine/index.ts';
import { escapeRegExp } from '../text.ts';
import { EXAMPLE_REQUEST_ID } from './contract.ts';
import type { Bindings } from '../engine/index.ts';

/** The expected status: exact, or a class such as 4xx. */
export type StatusSpec = number | { class: '2xx' | '4xx' | '5xx' };

/** CreationTime as documented (`2023-09-04T08:33Z`); seconds tolerated. */
export const CREATION_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?Z$';

/** What translation needs: bindings for templates and keys, and a sink for what was dropped. */
export interface TranslateContext {
  bindings: Bindings;
  notes: string[];
  /** Adds CreationTime to listed key pairs (the case checks DKP-ITEM-SHAPE). */
  itemShape: boolean;
}

const DROP = Symbol('drop');

function deepInterpolate(v: unknown, values: Record<string, string>): unknown {
  if (typeof v === 'string') return interpolate(v, values);
  if (Array.isArray(v)) return v.map((x) => deepInterpolate(x, values));
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepInterpolate(x, values)]));
  return v;
}

function isTagged(m: object): m is Extract<Matcher, { match: string }> {
  return typeof (m as { match?: unknown }).match === 'string';
}

/** An example for a field whose value the case only requires to be present. */
function exampleFor(field: string, ctx: TranslateContext): string {
  if (field === 'PublicKey') return Object.values(ctx.bindings.keys)[0]?.publicKey ?? 'ssh-rsa AAAA';
  return 'example';
}

function translate(m: Matcher, field: string, ctx: TranslateContext): unknown {
  if (m === null || typeof m !== 'object') return typeof m === 'string' ? interpolate(m, ctx.bindings.values) : m;
  if (!isTagged(m)) return translateObject(m as Record<string, Matcher>, ctx);
  switch (m.match) {
    case 'equals':
      return deepInterpolate(m.value, ctx.bindings.values);
    case 'one-of': {
      const values = deepInterpolate(m.values, ctx.bindings.values) as unknown[];
      if (!values.every((v): v is string => typeof v === 'string') || values.length === 0) break;
      return MatchersV3.regex(`^(?:${values.map(escapeRegExp).join('|')})$`, values[0]!);
    }
    case 'uuid':
      return MatchersV3.uuid(EXAMPLE_REQUEST_ID);
    case 'type':
      if (m.type === 'string')
        return MatchersV3.string(field === 'RequestId' ? EXAMPLE_REQUEST_ID : exampleFor(field, ctx));
      if (m.type === 'number') return MatchersV3.number(1);
      if (m.type === 'boolean') return MatchersV3.boolean(true);
      break;
    case 'fingerprint-of': {
      const key = ctx.bindings.keys[m.key];
      if (!key) break;
      // Fixture keys have known fingerprints: the documented colon form exactly, or either MD5 form.
      const { colon, hex } = key.fingerprint;
      return m.form === 'colon' ? colon : MatchersV3.regex(`^(?:${colon}|${hex})$`, colon);
    }
    case 'all-of': {
      // The strictest member that Pact can state: the colon fingerprint pins the value outright.
      const colon = m.matchers.find(
        (x) => typeof x === 'object' && x !== null && isTagged(x) && x.match === 'fingerprint-of' && x.form === 'colon',
      );
      for (const x of colon ? [colon] : m.matchers) {
        const t = translate(x, field, ctx);
        if (t !== DROP) return t;
      }
      break;
    }
    case 'present':
      return MatchersV3.like(exampleFor(field, ctx));
    case 'includes': {
      const item = translate(m.item, field, ctx) as Record<string, unknown>;
      if (ctx.itemShape && item['CreationTime'] === undefined)
        item['CreationTime'] = MatchersV3.regex(CREATION_TIME_PATTERN, '2023-09-04T08:33Z');
      return MatchersV3.arrayContaining(item);
    }
    default:
      break;
  }
  ctx.notes.push(`${field}: ${m.match} is not expressible in Pact; left to kpc run`);
  return DROP;
}

function translateObject(o: Record<string, Matcher>, ctx: TranslateContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const t = translate(v, k, ctx);
    if (t !== DROP) out[k] = t;
  }
  return out;
}

/** The response body template: the case's fields, plus RequestId (and Code on errors) typed as strings. */
export function responseBody(
  body: Record<string, Matcher> | undefined,
  status: StatusSpec,
  ctx: TranslateContext,
): Record<string, unknown> {
  const out = translateObject(body ?? {}, ctx);
  // Every answer carries a RequestId, and every error a Code (the suite checks both passively).
  if (out['RequestId'] === undefined) out['RequestId'] = MatchersV3.string(EXAMPLE_REQUEST_ID);
  const error = typeof status === 'number' ? status >= 400 : status.class !== '2xx';
  if (error && out['Code'] === undefined) out['Code'] = MatchersV3.string('InvalidParameter');
  return out;
}

/** The expected status of a step's expectation; undefined when Pact cannot state it. */
export function statusSpec(m: Matcher | undefined): StatusSpec | undefined {
  if (typeof m === 'number') return m;
  if (typeof m !== 'object' || m === null || !isTagged(m)) return undefined;
  if (m.match === 'equals' && typeof m.value === 'number') return m.value;
  if (m.match === 'status-class') return { class: m.class };
  return undefined;
}

/** The example status the mock server answers with. */
export function exampleStatus(s: StatusSpec): number {
  return typeof s === 'number' ? s : { '2xx': 200, '4xx': 400, '5xx': 500 }[s.class];
}
