/**
 * The engine: the one function that runs a selection of cases against a client. Shared
 * cases run concurrently; then the interlude (exploration) on the same session; then the
 * exclusive cases (the quota) one at a time, so no other case ever meets a full region;
 * then teardown. Everything that happens is reported as events; cancellation stops new
 * cases, fails the calls in flight and still tears down.
 */
import type { LoadedCase } from '../cases/load.ts';
import { runCase, type CaseRunOptions } from './case.ts';
import { fanOut, type EngineEvent, type EngineListener } from './events.ts';
import { malformedSources, prefetchKeys, slowKeyDemand, type KeyFactory, type KeyPool } from './key-pool.ts';
import { mapLimit, runPicking } from './pool.ts';
import { unrun, type CaseResult, type TeardownResult } from './result.ts';
import { Session, type SessionOptions } from './session.ts';
import { teardown as tearDown, type TeardownOptions } from './teardown.ts';

/** How the engine runs. */
export interface EngineOptions extends Omit<SessionOptions, 'emit'>, Partial<CaseRunOptions> {
  /** The target's URL, for the run-start event. */
  target: string;
  listeners?: readonly EngineListener[];
  /** Told when a listener throws; the run goes on. */
  onListenerError?: (e: unknown, event: EngineEvent) => void;
  /** Runs on the session before anything else (the preflight); a throw ends the run before it starts. */
  before?: (session: Session) => Promise<void>;
  /** Work on the same session between the shared and the exclusive cases (exploration); its results join the run's. */
  interlude?: (session: Session) => Promise<CaseResult[]>;
  /** Teardown options, or false to leave everything (a throw-away emulator). */
  teardown?: TeardownOptions | false;
}

/** What a run did. */
export interface EngineResult {
  token: string;
  /** One result a case, in the order of `cases`, then the interlude's. */
  results: CaseResult[];
  teardown: TeardownResult | undefined;
  interrupted: boolean;
}

/** Default re-runs of a case after an infrastructure fault. */
export const DEFAULT_CASE_RETRIES = 2;

/** Round trips a case needs at least: its steps in order, a step of n calls as n ÷ 8 of them. */
function depth(c: LoadedCase): number {
  return c.steps.reduce((n, s) => n + ('times' in s && s.times ? Math.ceil(s.times / 8) : 1), 0);
}

/**
 * The order shared cases start in; results keep the order of the case files. The longest
 * cases start first, so no long one is left for the end alone.
 */
function schedule(shared: readonly LoadedCase[]): LoadedCase[] {
  return [...shared].sort((a, b) => depth(b) - depth(a));
}

/** Deletes what a case's attempts created (its ledger records), before it runs again. */
async function clearCase(session: Session, c: LoadedCase, opts: TeardownOptions): Promise<string | undefined> {
  const records = session.ledger.records().filter((r) => r.caseId === c.id && r.state !== 'not-created');
  if (records.length === 0) return undefined;
  const t = await tearDown(session, opts, records);
  return `${t.deleted} key pair(s) of the attempt deleted, ${t.leaked.length} still listed`;
}

/** Runs `cases` and tears down; resolves when everything is over, whatever the target did. */
export async function runEngine(cases: readonly LoadedCase[], o: EngineOptions): Promise<EngineResult> {
  const emit = fanOut(o.listeners ?? [], o.onListenerError);
  // Slow keys are made ahead, but only once the preflight passed: a refused target costs no key.
  let pool: KeyPool | undefined = o.keys && { keys: o.keys, ready: () => true };
  const prefetch = (): KeyPool => (pool ??= prefetchKeys(slowKeyDemand(cases)));
  const keys: KeyFactory = (spec) => prefetch().keys(spec);
  // A case waiting for slow keys holds no slot while another can start.
  const canStart = (c: LoadedCase): boolean => prefetch().ready(c);
  const session = new Session({ ...o, keys, emit });
  const caseOptions: CaseRunOptions = {
    concurrency: o.concurrency ?? 8,
    caseRetries: o.caseRetries ?? DEFAULT_CASE_RETRIES,
    clear: (c) => clearCase(session, c, o.teardown || {}),
  };
  const byId = new Map<string, CaseResult>();
  const runOne = async (c: LoadedCase): Promise<void> => {
    const r = o.signal?.aborted
      ? unrun(c, 'inconclusive', 'did not run (the run was interrupted)')
      : await runCase(c, session, caseOptions);
    byId.set(c.id, r);
    await emit({ type: 'case-end', result: r });
  };
  await o.before?.(session);
  prefetch();
  for (const id of malformedSources(cases)) void session.malformedSource(id).catch(() => undefined);
  await emit({ type: 'run-start', cases, token: session.token, target: o.target });
  await runPicking(schedule(cases.filter((c) => !c.exclusive)), caseOptions.concurrency, canStart, runOne);
  const extra = o.interlude && !o.signal?.aborted ? await o.interlude(session) : [];
  for (const r of extra) await emit({ type: 'case-end', result: r });
  await mapLimit(
    cases.filter((c) => c.exclusive),
    1,
    runOne,
  );
  let td: TeardownResult | undefined;
  if (o.teardown !== false) {
    td = await tearDown(session, o.teardown ?? {});
    await emit({ type: 'teardown', result: td });
  }
  const results = [...cases.map((c) => byId.get(c.id)!), ...extra];
  const interrupted = o.signal?.aborted ?? false;
  await emit({ type: 'run-end', results, teardown: td, interrupted });
  return { token: session.token, results, teardown: td, interrupted };
}
