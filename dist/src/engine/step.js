import { runChecks } from '../checks/checks.js';
import { curlLine, describeAnswer, errorCode, isInfrastructure } from '../client/index.js';
import { KpcError } from '../errors.js';
import { classifyFingerprint } from '../keys/index.js';
import { bindVars, interpolate } from './bind.js';
import { freshSource } from './fresh-source.js';
import { evaluate } from './matchers.js';
import { at } from './read.js';
/** A step's parameters with `${var}` templates filled in; `{ json: [...] }` becomes a JSON array. */
export function stepParams(step, values) {
    const out = {};
    for (const [k, v] of Object.entries(step.params)) {
        out[k] = typeof v === 'string' ? interpolate(v, values) : JSON.stringify(v.json.map((s) => interpolate(s, values)));
    }
    return out;
}
/** The params of each of a step's calls: its `perCall` vars bound afresh for every call. */
async function callParams(step, a, params) {
    const times = step.times ?? 1;
    if (!step.perCall)
        return Array.from({ length: times }, () => params);
    const vars = Object.fromEntries(step.perCall.map((n) => {
        const spec = a.case.vars?.[n];
        if (!spec)
            throw new KpcError('KPC_CASE_FILE', `${a.case.file}: case ${a.case.id}: perCall names ${n}, which is not one of its vars`);
        return [n, spec];
    }));
    const source = freshSource(a.session, a.case.id, a.counter);
    const fresh = () => bindVars(vars, {}, source).then((b) => stepParams(step, { ...a.bindings.values, ...b.values }));
    return Promise.all(Array.from({ length: times }, fresh));
}
/** A response as the report keeps it. */
export function responseSummary(ex) {
    const r = ex.response;
    return r ? { status: r.status, code: errorCode(r.body), body: r.body ?? r.text.slice(0, 2000) } : undefined;
}
/** The first infrastructure answer among `answered`, as a reason, or undefined. */
export function infrastructureOf(answered) {
    const bad = answered.find((x) => isInfrastructure(x.answer));
    return bad && `target answered ${describeAnswer(bad.answer)}`;
}
function countOutcomes(step, answered, rule) {
    const outcomes = {};
    for (const { exchange } of answered) {
        const s = String(exchange.response?.status ?? 'none');
        for (const k of [s, `${s}:${errorCode(exchange.response?.body) ?? ''}`])
            outcomes[k] = (outcomes[k] ?? 0) + 1;
    }
    const mismatches = Object.entries(step.expectCounts ?? {})
        .filter(([key, want]) => (outcomes[key] ?? 0) !== want)
        .map(([key, want]) => ({
        path: `count(${key})`,
        expected: `${want} of ${answered.length} calls`,
        actual: outcomes[key] ?? 0,
        rule,
    }));
    const first = answered[0].exchange;
    const request = { action: step.action, params: first.params };
    const expected = { counts: step.expectCounts };
    return {
        request,
        response: responseSummary(first),
        expected,
        mismatches,
        durationMs: 0,
        calls: answered.length,
        outcomes,
    };
}
/** The match context of one step: every evaluated expectation's rule is recorded as asserted. */
function coveringMatch(a, covered) {
    const note = (r) => {
        for (const id of r === undefined ? a.case.rules : r.split(','))
            covered.asserted.add(id);
    };
    return { ...a.match, asserted: note };
}
/** The passive checks on every answer of a step: one mismatch a failing check, each applying check seen. */
function passive(step, a, answered, covered) {
    const failed = new Map();
    for (const { exchange } of answered) {
        const r = exchange.response;
        if (!r)
            continue;
        for (const f of runChecks(a.session.checks, { action: step.action, status: r.status, body: r.body })) {
            covered.seen.add(f.rule);
            if (!f.pass && !failed.has(f.name))
                failed.set(f.name, { path: `check:${f.name}`, expected: f.expected, actual: f.actual, rule: f.rule });
        }
    }
    return [...failed.values()];
}
function judge(step, match, ex, rule) {
    const out = [];
    if (step.expect?.status !== undefined)
        out.push(...evaluate(step.expect.status, ex.response?.status, 'status', match, rule));
    for (const [field, matcher] of Object.entries(step.expect?.body ?? {})) {
        out.push(...evaluate(matcher, at(ex.response?.body, field), `body.${field}`, match, rule));
    }
    return out;
}
/** Keeps the values a later step builds on; a missing one is a finding, not a crash. */
function save(step, a, ex, rule) {
    const out = [];
    for (const [name, path] of Object.entries(step.save ?? {})) {
        const v = at(ex.response?.body, path.replace(/^body\./, ''));
        if (v !== undefined)
            a.bindings.values[name] = String(v);
        else
            out.push({ path, expected: `present (saved as \${${name}} for later steps)`, actual: undefined, rule });
    }
    return out;
}
function observe(paths, ex) {
    const out = {};
    for (const p of paths) {
        const v = p === 'status' ? ex.response?.status : at(ex.response?.body, p.replace(/^body\./, ''));
        out[p] = v;
        if (p.endsWith('KeyPairFingerPrint') && v !== undefined)
            out[`${p}#form`] = classifyFingerprint(v);
    }
    return out;
}
/** Sends a request step (`times` calls at once when asked) and judges it. */
export async function runRequestStep(step, a) {
    const started = performance.now();
    const params = stepParams(step, a.bindings.values);
    const calls = await callParams(step, a, params);
    const answered = await Promise.all(calls.map((p) => a.session.call(a.case.id, step.action, p)));
    const rule = step.rules?.join(',');
    const infrastructure = infrastructureOf(answered);
    const covered = { asserted: new Set(), seen: new Set() };
    const match = coveringMatch(a, covered);
    let record;
    if (step.expectCounts) {
        match.asserted?.(rule);
        record = countOutcomes(step, answered, rule);
    }
    else {
        const ex = answered[0].exchange;
        const mismatches = [...judge(step, match, ex, rule), ...(infrastructure ? [] : save(step, a, ex, rule))];
        record = {
            request: { action: step.action, params },
            response: responseSummary(ex),
            expected: step.expect,
            mismatches,
            curl: curlLine(ex),
            durationMs: 0,
        };
        if (step.observe)
            record.observations = observe(step.observe, ex);
    }
    record.mismatches.push(...passive(step, a, answered, covered));
    record.request.params = params;
    record.durationMs = performance.now() - started;
    if (infrastructure)
        record.infrastructure = infrastructure;
    if (covered.asserted.size > 0)
        record.asserted = [...covered.asserted];
    if (covered.seen.size > 0)
        record.seen = [...covered.seen];
    return record;
}
