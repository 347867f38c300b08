import { isKpcError } from '../errors.js';
import { bindVars, interpolate } from './bind.js';
import { CannotJudge, runFillStep } from './fill.js';
import { freshSource } from './fresh-source.js';
import { identityOf, unrun, } from './result.js';
import { runRequestStep } from './step.js';
const stepRequests = (s) => s.calls ?? 1;
async function runSteps(c, session, o, out) {
    const counter = { probes: 0 };
    try {
        const bindings = await bindVars(c.vars, session.builtins, freshSource(session, c.id, counter));
        const match = { keys: bindings.keys, interpolate: (s) => interpolate(s, bindings.values) };
        const a = { session, case: c, bindings, match, counter };
        for (const step of c.steps) {
            const rec = 'builtin' in step ? await runFillStep(step, a, o.concurrency) : await runRequestStep(step, a);
            out.steps.push(rec);
            if (rec.infrastructure !== undefined)
                return void (out.infrastructure = rec.infrastructure);
            if (rec.mismatches.length > 0 && c.polarity !== 'observation')
                return;
        }
    }
    catch (e) {
        if (e instanceof CannotJudge)
            out.unjudgeable = e.message;
        else if (isKpcError(e))
            out.unjudgeable = `the case could not run: ${e.message}`;
        else
            throw e;
    }
    finally {
        out.requests = counter.probes + out.steps.reduce((n, s) => n + stepRequests(s), 0);
    }
}
async function runAttempt(c, session, o) {
    const started = performance.now();
    const out = { steps: [], requests: 0, durationMs: 0 };
    await runSteps(c, session, o, out);
    out.durationMs = performance.now() - started;
    return out;
}
/** The rules a case broke: each mismatch's own, else the case's; passive checks count in every attempt. */
function brokenRules(c, judged, discarded) {
    const passive = discarded.flatMap((d) => d.steps.flatMap((s) => s.mismatches.filter((m) => m.path.startsWith('check:'))));
    const all = [...judged.flatMap((s) => s.mismatches), ...passive];
    return [...new Set(all.flatMap((m) => (m.rule ? m.rule.split(',') : c.rules)))];
}
function statusOf(c, a, broken) {
    if (a.infrastructure !== undefined || a.unjudgeable !== undefined)
        return 'inconclusive';
    if (c.polarity === 'observation')
        return 'observed';
    return broken.length > 0 ? 'failed' : 'passed';
}
function judged(c, last, attempt, discarded) {
    const broken = c.polarity === 'observation' ? [] : brokenRules(c, last.steps, discarded);
    const status = statusOf(c, last, broken);
    const durationMs = last.durationMs + discarded.reduce((n, d) => n + d.durationMs, 0);
    const requests = last.requests + discarded.reduce((n, d) => n + d.requests, 0);
    const base = { ...identityOf(c), status, brokenRules: status === 'failed' ? broken : [], steps: last.steps };
    const result = { ...base, attempt, durationMs, requests };
    if (discarded.length > 0)
        result.discarded = discarded;
    const reason = last.unjudgeable ?? (last.infrastructure && `no clean attempt in ${attempt}: ${last.infrastructure}`);
    if (reason !== undefined)
        result.reason = reason;
    return result;
}
/** Runs one case to its verdict: skipped without its capabilities, else attempts until one is clean. */
export async function runCase(c, session, o) {
    const missing = (c.requires ?? []).filter((r) => !session.capabilities.has(r));
    if (missing.length > 0)
        return unrun(c, 'skipped', `needs ${missing.join(', ')}`);
    const discarded = [];
    for (let attempt = 1;; attempt++) {
        await session.emit({ type: 'case-start', case: c, attempt });
        const a = await runAttempt(c, session, o);
        const again = a.infrastructure !== undefined && attempt <= o.caseRetries && !session.signal?.aborted;
        if (!again)
            return judged(c, a, attempt, discarded);
        const { steps, requests, durationMs } = a;
        discarded.push({ attempt, reason: a.infrastructure, steps, requests, durationMs });
    }
}
