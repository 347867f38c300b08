/**
 * One request step of a case, sent and judged: the case's matchers against the answer, the
 * passive checks on every response, values saved for later steps, observations recorded.
 * An infrastructure answer (throttled, a server fault, no usable answer) marks the step: the
 * attempt it belongs to is not clean and is not judged.
 */
import type { LoadedCase } from '../cases/load.ts';
import type { Step } from '../cases/types.ts';
import { runChecks } from '../checks/checks.ts';
import { curlLine, describeAnswer, errorCode, isInfrastructure, type Exchange } from '../client/index.ts';
import { KpcError } from '../errors.ts';
import { classifyFingerprint } from '../keys/index.ts';
import { bindVars, interpolate, type Bindings } from './bind.ts';
import { freshSource, type ProbeCounter } from './fresh-source.ts';
import { evaluate, type MatchContext, type Mismatch } from './matchers.ts';
import type { StepRecord } from './result.ts';
import { at } from './read.ts';
import type { Answered, Session } from './session.ts';

/** What a step needs from the attempt it runs in. */
export interface AttemptContext {
  session: Session;
  case: LoadedCase;
  bindings: Bindings;
  match: MatchContext;
  counter: ProbeCounter;
}

/** A step's parameters with `${var}` templates filled in; `{ json: [...] }` becomes a JSON array. */
export function stepParams(step: Step, values: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.params)) {
    out[k] = typeof v === 'string' ? interpolate(v, values) : JSON.stringify(v.json.map((s) => interpolate(s, values)));
  }
  return out;
}

/** The params of each of a step's calls: its `perCall` vars bound afresh for every call. */
async function callParams(
  step: Step,
  a: AttemptContext,
  params: Record<string, string>,
): Promise<Array<Record<string, string>>> {
  const times = step.times ?? 1;
  if (!step.perCall) return Array.from({ length: times }, () => params);
  const vars = Object.fromEntries(
    step.perCall.map((n) => {
      const spec = a.case.vars?.[n];
      if (!spec)
        throw new KpcError(
          'KPC_CASE_FILE',
          `${a.case.file}: case ${a.case.id}: perCall names ${n}, which is not one of its vars`,
        );
      return [n, spec];
    }),
  );
  const source = freshSource(a.session, a.case.id, a.counter);
  // Bound over the case's values, so a name's affixes may refer to them (`${token}`, an earlier name).
  const fresh = () => bindVars(vars, a.bindings.values, source).then((b) => stepParams(step, b.values));
  return Promise.all(Array.from({ length: times }, fresh));
}

/** A response as the report keeps it. */
export function responseSummary(ex: Exchange): StepRecord['response'] {
  const r = ex.response;
  if (!r) return undefined;
  const envelope = { ...(r.format ? { format: r.format } : {}), ...(r.root ? { root: r.root } : {}) };
  return { status: r.status, code: errorCode(r.body), body: r.body ?? r.text.slice(0, 2000), ...envelope };
}

/** The first infrastructure answer among `answered`, as a reason, or undefined. */
export function infrastructureOf(answered: readonly Answered[]): string | undefined {
  const bad = answered.find((x) => isInfrastructure(x.answer));
  return bad && `target answered ${describeAnswer(bad.answer)}`;
}

/**
 * Judges a step of many calls by its counts. An infrastructure answer (lost, a server fault,
 * throttled) could have been any outcome: the counts pass when the lost answers can make up
 * what is missing, and fail when what came back already exceeds a count or the lost answers
 * are too few to make up the rest. The state a later step reads settles what the lost ones did.
 */
function countOutcomes(step: Step, answered: readonly Answered[], rule: string | undefined): StepRecord {
  const outcomes: Record<string, number> = {};
  let unknown = 0;
  for (const { exchange, answer } of answered) {
    const s = String(exchange.response?.status ?? 'none');
    for (const k of [s, `${s}:${errorCode(exchange.response?.body) ?? ''}`]) outcomes[k] = (outcomes[k] ?? 0) + 1;
    if (isInfrastructure(answer)) unknown++;
  }
  const want = Object.entries(step.expectCounts ?? {});
  const missing = want.reduce((n, [key, w]) => n + Math.max(0, w - (outcomes[key] ?? 0)), 0);
  const mismatches: Mismatch[] = want
    .filter(([key, w]) => (outcomes[key] ?? 0) > w || missing > unknown)
    .filter(([key, w]) => (outcomes[key] ?? 0) !== w)
    .map(([key, w]) => ({
      path: `count(${key})`,
      expected: `${w} of ${answered.length} calls${unknown > 0 ? ` (${unknown} answers lost)` : ''}`,
      actual: outcomes[key] ?? 0,
      rule,
    }));
  const first = answered[0]!.exchange;
  return {
    request: { action: step.action, params: first.params },
    response: responseSummary(first),
    expected: { counts: step.expectCounts },
    mismatches,
    durationMs: 0,
    calls: answered.length,
    outcomes,
  };
}

/** What a step covered: the rules its expectations evaluated and the passive checks that applied. */
interface Covered {
  asserted: Set<string>;
  seen: Set<string>;
}

/** The match context of one step: every evaluated expectation's rule is recorded as asserted. */
function coveringMatch(a: AttemptContext, covered: Covered): MatchContext {
  const note = (r: string | undefined) => {
    for (const id of r === undefined ? a.case.rules : r.split(',')) covered.asserted.add(id);
  };
  return { ...a.match, asserted: note };
}

/** The passive checks on every answer of a step: one mismatch a failing check, each applying check seen. */
function passive(step: Step, a: AttemptContext, answered: readonly Answered[], covered: Covered): Mismatch[] {
  const failed = new Map<string, Mismatch>();
  for (const { exchange } of answered) {
    const r = exchange.response;
    if (!r) continue;
    const seen = { action: step.action, status: r.status, body: r.body, format: r.format, root: r.root };
    for (const f of runChecks(a.session.checks, seen)) {
      covered.seen.add(f.rule);
      if (!f.pass && !failed.has(f.name))
        failed.set(f.name, { path: `check:${f.name}`, expected: f.expected, actual: f.actual, rule: f.rule });
    }
  }
  return [...failed.values()];
}

function judge(step: Step, match: MatchContext, ex: Exchange, rule: string | undefined): Mismatch[] {
  const out: Mismatch[] = [];
  if (step.expect?.status !== undefined)
    out.push(...evaluate(step.expect.status, ex.response?.status, 'status', match, rule));
  for (const [part, matcher] of Object.entries(step.expect?.envelope ?? {})) {
    out.push(...evaluate(matcher, envelopeOf(ex, part), `envelope.${part}`, match, rule));
  }
  for (const [field, matcher] of Object.entries(step.expect?.body ?? {})) {
    out.push(...evaluate(matcher, at(ex.response?.body, field), `body.${field}`, match, rule));
  }
  return out;
}

/** Keeps the values a later step builds on; a missing one is a finding, not a crash. */
function save(step: Step, a: AttemptContext, ex: Exchange, rule: string | undefined): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [name, path] of Object.entries(step.save ?? {})) {
    const v = at(ex.response?.body, path.replace(/^body\./, ''));
    if (v !== undefined) a.bindings.values[name] = String(v);
    else out.push({ path, expected: `present (saved as \${${name}} for later steps)`, actual: undefined, rule });
  }
  return out;
}

/** The envelope of an answer: `format` (json, xml) and `root` (the XML root element). */
function envelopeOf(ex: Exchange, part: string): unknown {
  const r = ex.response;
  if (part === 'format') return r?.format;
  return part === 'root' ? r?.root : undefined;
}

/** The value an observed path names: `status`, `envelope.<part>` or a body path. */
function observed(ex: Exchange, path: string): unknown {
  if (path === 'status') return ex.response?.status;
  if (path.startsWith('envelope.')) return envelopeOf(ex, path.slice('envelope.'.length));
  return at(ex.response?.body, path.replace(/^body\./, ''));
}

function observe(paths: readonly string[], ex: Exchange): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    const v = observed(ex, p);
    out[p] = v;
    if (p.endsWith('KeyPairFingerPrint') && v !== undefined) out[`${p}#form`] = classifyFingerprint(v);
  }
  return out;
}

/** Sends a request step (`times` calls at once when asked) and judges it. */
export async function runRequestStep(step: Step, a: AttemptContext): Promise<StepRecord> {
  const started = performance.now();
  const params = stepParams(step, a.bindings.values);
  const calls = await callParams(step, a, params);
  const send = step.send ? { send: step.send } : {};
  const answered = await Promise.all(calls.map((p) => a.session.call(a.case.id, step.action, p, send)));
  const rule = step.rules?.join(',');
  // A step of many calls is judged by counts, which allow for lost answers (countOutcomes),
  // unless every answer was lost.
  const counted = step.expectCounts && answered.some((x) => !isInfrastructure(x.answer));
  const infrastructure = counted ? undefined : infrastructureOf(answered);
  const covered: Covered = { asserted: new Set(), seen: new Set() };
  const match = coveringMatch(a, covered);
  let record: StepRecord;
  if (step.expectCounts) {
    match.asserted?.(rule);
    record = countOutcomes(step, answered, rule);
  } else {
    const ex = answered[0]!.exchange;
    const mismatches = [...judge(step, match, ex, rule), ...(infrastructure ? [] : save(step, a, ex, rule))];
    record = {
      request: { action: step.action, params },
      response: responseSummary(ex),
      expected: step.expect,
      mismatches,
      curl: curlLine(ex),
      durationMs: 0,
    };
    if (step.observe) record.observations = observe(step.observe, ex);
  }
  record.mismatches.push(...passive(step, a, answered, covered));
  record.request.params = params;
  record.durationMs = performance.now() - started;
  if (infrastructure) record.infrastructure = infrastructure;
  if (covered.asserted.size > 0) record.asserted = [...covered.asserted];
  if (covered.seen.size > 0) record.seen = [...covered.seen];
  return record;
}
