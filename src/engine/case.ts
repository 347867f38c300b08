/**
 * One case, run and judged. An attempt binds the case's variables afresh, runs its steps in
 * order and stops at the first step that fails (later steps build on it). An attempt that
 * meets the infrastructure (throttled, a server fault, no usable answer) is not judged: the
 * case runs again from scratch, up to `caseRetries` more times, and the report keeps every
 * attempt. Only a case that never got a clean attempt is inconclusive. Nothing the target
 * does makes this throw.
 */
import type { LoadedCase } from '../cases/load.ts';
import { isKpcError } from '../errors.ts';
import { bindVars, interpolate } from './bind.ts';
import { runBatchStep } from './batch.ts';
import { CannotJudge, runFillStep } from './fill.ts';
import { freshSource } from './fresh-source.ts';
import {
  identityOf,
  unrun,
  type CaseResult,
  type CaseStatus,
  type DiscardedAttempt,
  type StepRecord,
} from './result.ts';
import type { Session } from './session.ts';
import { runRequestStep, type AttemptContext } from './step.ts';

/** How cases run: calls in flight inside a fill, and re-runs after an infrastructure fault. */
export interface CaseRunOptions {
  concurrency: number;
  caseRetries: number;
  /**
   * Before a case runs again: deletes what its earlier attempts created, so the new attempt
   * meets the target as the first did (a wildcard listing finds only its own key pairs, a
   * quota case cut short after its fill does not meet a full region). Resolves with what it
   * did, for the report, or undefined when there was nothing to clear.
   */
  clear?: (c: LoadedCase) => Promise<string | undefined>;
}

interface AttemptOutcome {
  steps: StepRecord[];
  requests: number;
  durationMs: number;
  /** Set when the attempt met the infrastructure: it is not judged. */
  infrastructure?: string;
  /** Set when the case cannot be judged here at all: no re-run helps. */
  unjudgeable?: string;
}

const stepRequests = (s: StepRecord): number => s.calls ?? 1;

async function runSteps(c: LoadedCase, session: Session, o: CaseRunOptions, out: AttemptOutcome): Promise<void> {
  const counter = { probes: 0 };
  try {
    const bindings = await bindVars(c.vars, session.builtins, freshSource(session, c.id, counter));
    const match = { keys: bindings.keys, interpolate: (s: string) => interpolate(s, bindings.values) };
    const a: AttemptContext = { session, case: c, bindings, match, counter };
    for (const step of c.steps) {
      const rec = !('builtin' in step)
        ? await runRequestStep(step, a)
        : step.builtin === 'fill-region'
          ? await runFillStep(step, a, o.concurrency)
          : await runBatchStep(step, a, o.concurrency);
      out.steps.push(rec);
      if (rec.infrastructure !== undefined) return void (out.infrastructure = rec.infrastructure);
      if (rec.mismatches.length > 0 && c.polarity !== 'observation') return;
    }
  } catch (e) {
    if (e instanceof CannotJudge) out.unjudgeable = e.message;
    else if (isKpcError(e)) out.unjudgeable = `the case could not run: ${e.message}`;
    else throw e;
  } finally {
    out.requests = counter.probes + out.steps.reduce((n, s) => n + stepRequests(s), 0);
  }
}

async function runAttempt(c: LoadedCase, session: Session, o: CaseRunOptions): Promise<AttemptOutcome> {
  const started = performance.now();
  const out: AttemptOutcome = { steps: [], requests: 0, durationMs: 0 };
  await runSteps(c, session, o, out);
  out.durationMs = performance.now() - started;
  return out;
}

/** The rules a case broke: each mismatch's own, else the case's; passive checks count in every attempt. */
function brokenRules(c: LoadedCase, judged: readonly StepRecord[], discarded: readonly DiscardedAttempt[]): string[] {
  const passive = discarded.flatMap((d) =>
    d.steps.flatMap((s) => s.mismatches.filter((m) => m.path.startsWith('check:'))),
  );
  const all = [...judged.flatMap((s) => s.mismatches), ...passive];
  return [...new Set(all.flatMap((m) => (m.rule ? m.rule.split(',') : c.rules)))];
}

function statusOf(c: LoadedCase, a: AttemptOutcome, broken: readonly string[]): CaseStatus {
  if (a.infrastructure !== undefined || a.unjudgeable !== undefined) return 'inconclusive';
  if (c.polarity === 'observation') return 'observed';
  return broken.length > 0 ? 'failed' : 'passed';
}

function judged(c: LoadedCase, last: AttemptOutcome, attempt: number, discarded: DiscardedAttempt[]): CaseResult {
  const broken = c.polarity === 'observation' ? [] : brokenRules(c, last.steps, discarded);
  const status = statusOf(c, last, broken);
  const durationMs = last.durationMs + discarded.reduce((n, d) => n + d.durationMs, 0);
  const requests = last.requests + discarded.reduce((n, d) => n + d.requests, 0);
  const base = { ...identityOf(c), status, brokenRules: status === 'failed' ? broken : [], steps: last.steps };
  const result: CaseResult = { ...base, attempt, durationMs, requests };
  if (discarded.length > 0) result.discarded = discarded;
  const reason = last.unjudgeable ?? (last.infrastructure && `no clean attempt in ${attempt}: ${last.infrastructure}`);
  if (reason !== undefined) result.reason = reason;
  return result;
}

/** Runs one case to its verdict: skipped without its capabilities, else attempts until one is clean. */
export async function runCase(c: LoadedCase, session: Session, o: CaseRunOptions): Promise<CaseResult> {
  const missing = (c.requires ?? []).filter((r) => !session.capabilities.has(r));
  if (missing.length > 0) return unrun(c, 'skipped', `needs ${missing.join(', ')}`);
  const discarded: DiscardedAttempt[] = [];
  for (let attempt = 1; ; attempt++) {
    await session.emit({ type: 'case-start', case: c, attempt });
    const a = await runAttempt(c, session, o);
    const again = a.infrastructure !== undefined && attempt <= o.caseRetries && !session.signal?.aborted;
    if (!again) return judged(c, a, attempt, discarded);
    const { steps, requests, durationMs } = a;
    const note = o.clear ? await o.clear(c) : undefined;
    const cleared = note === undefined ? {} : { cleared: note };
    discarded.push({ attempt, reason: a.infrastructure!, steps, requests, durationMs, ...cleared });
  }
}
