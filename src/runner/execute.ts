import {
  curlLine,
  isExchangeError,
  isThrottled,
  responseCode,
  type EcsClient,
  type Exchange,
} from '../client/index.ts';
import { classifyFingerprint, generateKey, DEFAULT_KEY_SPEC, type GeneratedKey, type KeySpec } from '../keys/index.ts';
import type { BuiltinStep, Requirement, Step } from '../cases/types.ts';
import type { LoadedCase } from '../cases/load.ts';
import { runChecks, type Check } from '../checks/checks.ts';
import { isKpcError, KpcError } from '../errors.ts';
import { defaultSpec } from '../spec/load.ts';
import { isValidKeyPairName } from '../spec/predicates.ts';
import type { Ledger } from './ledger.ts';
import { evaluate, type MatchContext, type Mismatch } from './matchers.ts';
import { ledgeredCall } from './ledgered-call.ts';
import { mapLimit } from './pool.ts';
import type { CaseResult, StepRecord } from './result.ts';
import { interpolate, resolveVars, type Bindings } from './vars.ts';

/**
 * Runs one case against a target: resolves its variables, sends each step through the
 * signed client (ledgering every import before it is sent), judges the responses with
 * the case's matchers and the passive checks, and returns a CaseResult. It never throws
 * for anything the target does; a transport fault makes the case inconclusive.
 */

/** Everything a case needs from the run. */
export interface RunContext {
  client: EcsClient;
  ledger: Ledger;
  token: string;
  builtins: Record<string, string>;
  capabilities: ReadonlySet<Requirement>;
  checks: readonly Check[];
  concurrency: number;
  nextSerial: () => number;
  random: () => number;
  /** Makes keys; default generateKey. The self-check reuses keys across mutant runs with it. */
  keyFactory?: (spec: KeySpec) => Promise<GeneratedKey>;
}

/** Raised inside a case to end it as inconclusive (the target could not be judged). */
class Inconclusive extends Error {}

function at(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );
}

/** Sends one call through the ledger; a transport fault makes the case inconclusive. */
async function send(
  ctx: RunContext,
  caseId: string,
  action: string,
  params: Record<string, string>,
): Promise<Exchange> {
  try {
    return await ledgeredCall(ctx.client, ctx.ledger, caseId, action, params);
  } catch (e) {
    if (isExchangeError(e) || isKpcError(e))
      throw new Inconclusive(`${(e as { code: string }).code}: ${(e as Error).message}`);
    throw e;
  }
}

function buildParams(step: Step, values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.params)) {
    out[k] = typeof v === 'string' ? interpolate(v, values) : JSON.stringify(v.json.map((s) => interpolate(s, values)));
  }
  return out;
}

/** The step's params with its `perCall` vars resolved afresh (a new key for every call). */
async function freshParams(step: Step, c: LoadedCase, ctx: RunContext, b: Bindings): Promise<Record<string, string>> {
  const specs = Object.fromEntries(
    (step.perCall ?? []).map((n) => {
      const spec = c.vars?.[n];
      if (!spec)
        throw new KpcError(
          'KPC_CASE_FILE',
          `${c.file}: case ${c.id}: perCall names ${n}, which is not one of its vars`,
        );
      return [n, spec];
    }),
  );
  const fresh = await resolveVars(specs, {
    token: ctx.token,
    nextSerial: ctx.nextSerial,
    random: ctx.random,
    builtins: {},
    ...(ctx.keyFactory ? { keyFactory: ctx.keyFactory } : {}),
  });
  return buildParams(step, { ...b.values, ...fresh.values });
}

function isServerError(ex: Exchange): boolean {
  return (ex.response?.status ?? 0) >= 500 || isThrottled(ex);
}

async function runStep(step: Step, c: LoadedCase, ctx: RunContext, b: Bindings, m: MatchContext): Promise<StepRecord> {
  const params = buildParams(step, b.values);
  const started = performance.now();
  const times = step.times ?? 1;
  const callParams = step.perCall
    ? await Promise.all(Array.from({ length: times }, () => freshParams(step, c, ctx, b)))
    : Array.from({ length: times }, () => params);
  const exchanges = await Promise.all(callParams.map((p) => send(ctx, c.id, step.action, p)));
  const first = exchanges[0]!;
  const mismatches: Mismatch[] = [];
  const stepRule = step.rules?.join(',');
  if (step.expectCounts) {
    const outcomes: Record<string, number> = {};
    for (const ex of exchanges) {
      const s = String(ex.response?.status ?? 'none');
      const withCode = `${s}:${responseCode(ex) ?? ''}`;
      outcomes[s] = (outcomes[s] ?? 0) + 1;
      outcomes[withCode] = (outcomes[withCode] ?? 0) + 1;
    }
    for (const [key, want] of Object.entries(step.expectCounts)) {
      const got = outcomes[key] ?? 0;
      if (got !== want)
        mismatches.push({ path: `count(${key})`, expected: `${want} of ${times} calls`, actual: got, rule: stepRule });
    }
    if (mismatches.length > 0 && exchanges.some(isServerError))
      throw new Inconclusive(`target errors among ${times} concurrent calls`);
    return {
      request: { action: step.action, params },
      response: summary(first),
      expected: { counts: step.expectCounts },
      mismatches,
      durationMs: performance.now() - started,
      calls: times,
      outcomes,
    };
  }
  if (step.expect?.status !== undefined)
    mismatches.push(...evaluate(step.expect.status, first.response?.status, 'status', m, stepRule));
  for (const [field, matcher] of Object.entries(step.expect?.body ?? {})) {
    mismatches.push(...evaluate(matcher, at(first.response?.body, field), `body.${field}`, m, stepRule));
  }
  if (first.response) {
    for (const f of runChecks(ctx.checks, {
      action: step.action,
      status: first.response.status,
      body: first.response.body,
    })) {
      mismatches.push({ path: `check:${f.name}`, expected: f.expected, actual: f.actual, rule: f.rule });
    }
  }
  if (mismatches.length > 0 && isServerError(first))
    throw new Inconclusive(`target answered ${first.response?.status} ${responseCode(first) ?? ''}`.trim());
  for (const [name, path] of Object.entries(step.save ?? {})) {
    const v = at(first.response?.body, path.replace(/^body\./, ''));
    // Later steps build on a saved value: without it the case cannot go on, and the
    // response lacked a field the case relies on, which is a finding, not a crash.
    if (v === undefined)
      mismatches.push({
        path,
        expected: `present (saved as \${${name}} for later steps)`,
        actual: undefined,
        rule: stepRule,
      });
    else b.values[name] = String(v);
  }
  const record: StepRecord = {
    request: { action: step.action, params },
    response: summary(first),
    expected: step.expect,
    mismatches,
    curl: curlLine(first),
    durationMs: performance.now() - started,
  };
  if (step.observe) record.observations = observe(step.observe, first);
  return record;
}

function observe(paths: string[], ex: Exchange): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    const v = p === 'status' ? ex.response?.status : at(ex.response?.body, p.replace(/^body\./, ''));
    out[p] = v;
    if (p.endsWith('KeyPairFingerPrint') && v !== undefined) out[`${p}#form`] = classifyFingerprint(v);
  }
  return out;
}

function summary(ex: Exchange): StepRecord['response'] {
  return ex.response
    ? { status: ex.response.status, code: responseCode(ex), body: ex.response.body ?? ex.response.text.slice(0, 2000) }
    : undefined;
}

/** Fills a region to `upTo` key pairs, after measuring what it holds (the account may hold its own). */
async function fillRegion(step: BuiltinStep, c: LoadedCase, ctx: RunContext, b: Bindings): Promise<StepRecord> {
  const region = interpolate(step.region, b.values);
  const started = performance.now();
  const probe = await send(ctx, c.id, 'DescribeKeyPairs', { RegionId: region, PageSize: '1' });
  const total = (probe.response?.body as { TotalCount?: unknown } | undefined)?.TotalCount;
  if (probe.response?.status !== 200 || typeof total !== 'number')
    throw new Inconclusive(
      `cannot measure the headroom of ${region}: DescribeKeyPairs answered ${probe.response?.status}`,
    );
  const need = step.upTo - total;
  if (need < 0) throw new Inconclusive(`${region} already holds ${total} key pairs, more than ${step.upTo}`);
  const rule = step.rules?.join(',') ?? 'IKP-QUOTA';
  const outcomes: Record<string, number> = {};
  const mismatches: Mismatch[] = [];
  await mapLimit(
    Array.from({ length: need }, (_, i) => i),
    ctx.concurrency,
    async (i) => {
      const key = await (ctx.keyFactory ?? generateKey)(DEFAULT_KEY_SPEC);
      const name = `${ctx.token}${ctx.nextSerial().toString(36)}f`;
      const ex = await send(ctx, c.id, 'ImportKeyPair', {
        RegionId: region,
        KeyPairName: name,
        PublicKeyBody: key.publicKey,
      });
      const k = `${ex.response?.status ?? 'none'}:${responseCode(ex) ?? ''}`;
      outcomes[k] = (outcomes[k] ?? 0) + 1;
      if (ex.response?.status !== 200 && mismatches.length < 5) {
        if (isServerError(ex))
          throw new Inconclusive(
            `target answered ${ex.response?.status} ${responseCode(ex) ?? ''} while filling ${region}`,
          );
        mismatches.push({
          path: `fill[${i}].status`,
          expected: `200 (import ${total + i + 1} of ${step.upTo})`,
          actual: k,
          rule,
        });
      }
    },
  );
  return {
    request: {
      action: 'ImportKeyPair',
      params: { RegionId: region, '(fill)': `${need} imports from ${total} to ${step.upTo}` },
    },
    response: undefined,
    expected: { allSucceed: need },
    mismatches,
    durationMs: performance.now() - started,
    calls: need + 1,
    outcomes,
  };
}

/** Runs one case and judges it. */
export async function runCase(c: LoadedCase, ctx: RunContext): Promise<CaseResult> {
  const started = performance.now();
  const base: Omit<CaseResult, 'status' | 'brokenRules' | 'steps' | 'durationMs' | 'requests'> = {
    id: c.id,
    title: c.title,
    file: c.file,
    rules: c.rules,
    evidence: c.evidence,
    polarity: c.polarity,
    scenario: c.scenario,
    errorRow: c.errorRow,
  };
  const missing = (c.requires ?? []).filter((r) => !ctx.capabilities.has(r));
  if (missing.length > 0)
    return {
      ...base,
      status: 'skipped',
      reason: `needs ${missing.join(', ')}`,
      brokenRules: [],
      steps: [],
      durationMs: 0,
      requests: 0,
    };
  const steps: StepRecord[] = [];
  let status: CaseResult['status'] = c.polarity === 'observation' ? 'observed' : 'passed';
  let reason: string | undefined;
  let probes = 0;
  try {
    const region = ctx.builtins.region;
    const isTaken = async (name: string): Promise<boolean> => {
      if (region === undefined || !isValidKeyPairName(defaultSpec(), name)) return false; // an invalid name is never stored
      probes++;
      const ex = await send(ctx, c.id, 'DescribeKeyPairs', { RegionId: region, KeyPairName: name });
      return (ex.response?.body as { TotalCount?: unknown } | undefined)?.TotalCount !== 0;
    };
    const b = await resolveVars(c.vars, {
      token: ctx.token,
      nextSerial: ctx.nextSerial,
      random: ctx.random,
      builtins: ctx.builtins,
      isTaken,
      ...(ctx.keyFactory ? { keyFactory: ctx.keyFactory } : {}),
    });
    const m: MatchContext = { keys: b.keys, interpolate: (s) => interpolate(s, b.values) };
    for (const step of c.steps) {
      const rec = 'builtin' in step ? await fillRegion(step, c, ctx, b) : await runStep(step, c, ctx, b, m);
      steps.push(rec);
      if (rec.mismatches.length > 0 && c.polarity !== 'observation') {
        status = 'failed';
        break; // later steps build on this one
      }
    }
  } catch (e) {
    if (!(e instanceof Inconclusive)) throw e;
    status = 'inconclusive';
    reason = e.message;
  }
  const brokenRules = [
    ...new Set(steps.flatMap((s) => s.mismatches.flatMap((x) => (x.rule ? x.rule.split(',') : c.rules)))),
  ];
  const requests = probes + steps.reduce((n, s) => n + (s.calls ?? 1), 0);
  const result: CaseResult = {
    ...base,
    status,
    brokenRules: status === 'failed' ? brokenRules : [],
    steps,
    durationMs: performance.now() - started,
    requests,
  };
  if (reason !== undefined) result.reason = reason;
  return result;
}
