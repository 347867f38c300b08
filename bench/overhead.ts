/**
 * Figures 1 and 4, from the same runs. Runner overhead: `kpc run` (the whole shipped
 * suite, as a user starts it) against a bare undici replay of exactly the requests it sent.
 * Requests spent: every HTTP attempt of the run against the fewest that do the same work.
 *
 * Fairness: both sides talk to a fresh `kpc emulator --no-auth` child (a replay cannot
 * reuse the recorded nonces, so the server skips signature checks on both sides and does
 * the same work for both); the run's emulator is a child process, not embedded, so the
 * server never shares the runner's event loop; the replay keeps the run's concurrency (8
 * requests in flight over 8 sockets) and order.
 */
import { figure, median, type Figure } from './stats.ts';
import { minimumCaseRequests, minimumTeardownRequests } from './ideal.ts';
import {
  cleanRun,
  emulatorFlags,
  exclusiveCases,
  kpcRun,
  shapesOf,
  teardownDeletes,
  teardownRecords,
  type KpcRun,
} from './kpc.ts';
import { startEmulatorChild } from './procs.ts';
import { longestImportRun, replay, span, type Recorded } from './replay.ts';

const CONCURRENCY = 8;

interface Sample {
  kpcMs: number;
  replayMs: number;
  startupMs: number;
  requestSpanMs: number;
  fillMs: number;
  fillReplayMs: number;
  attempts: number;
  minimum: number;
  caseRequests: number;
  teardown: number;
  teardownMin: number;
}

/** A request's phase: the preflight, the shared cases, one exclusive case each, teardown. */
function phaseOf(exclusive: ReadonlySet<string>): (r: Recorded) => string {
  return (r) => (r.label === 'preflight' || r.label === 'teardown' || exclusive.has(r.label) ? r.label : 'shared');
}

async function once(): Promise<Sample> {
  const a = await startEmulatorChild(emulatorFlags({ auth: false }));
  let run: KpcRun;
  const spawnedAt = Date.now();
  try {
    run = await kpcRun({ target: a.url, record: true, flags: ['--concurrency', String(CONCURRENCY)] });
  } finally {
    await a.stop();
  }
  if (run.report.verdict !== 'conformant')
    throw new Error(`the suite is not conformant against the emulator (${run.report.verdictReason}); see ${run.dir}`);
  const recs = run.recording!;
  const b = await startEmulatorChild(emulatorFlags({ auth: false }));
  let replayed: Awaited<ReturnType<typeof replay>>;
  try {
    replayed = await replay(recs, b.url, CONCURRENCY, CONCURRENCY, phaseOf(exclusiveCases()));
  } finally {
    await b.stop();
  }
  const fill = longestImportRun(recs);
  const tdMin = minimumTeardownRequests(teardownDeletes(recs), run.regionsTouched.length, run.shortNames);
  const caseMin = shapesOf(run.report).reduce((n, c) => n + minimumCaseRequests(c), 0);
  cleanRun(run);
  return {
    kpcMs: run.timed.wallMs,
    replayMs: replayed.wallMs,
    fillMs: span(recs, fill),
    fillReplayMs: span(replayed.timings, fill),
    startupMs: recs[0]!.start - spawnedAt,
    requestSpanMs: Math.max(...recs.map((r) => r.end)) - recs.find((r) => r.label !== 'preflight')!.start,
    attempts: recs.reduce((n, r) => n + r.attempts, 0),
    minimum: caseMin + tdMin.deletes + tdMin.checks,
    caseRequests: run.report.summary.requests,
    teardown: teardownRecords(recs).reduce((n, r) => n + r.attempts, 0),
    teardownMin: tdMin.deletes + tdMin.checks,
  };
}

/** Measures runner overhead and requests spent, `runs` times; returns both figures. */
export async function measureOverhead(runs: number, log: (s: string) => void): Promise<Figure[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await once();
    samples.push(s);
    log(
      `  run ${i + 1}/${runs}: kpc run ${Math.round(s.kpcMs)} ms ` +
        `(first request after ${Math.round(s.startupMs)} ms), replay ${Math.round(s.replayMs)} ms; ` +
        `${s.attempts} requests, minimum ${s.minimum}`,
    );
  }
  const m = (f: (s: Sample) => number): number => Math.round(median(samples.map(f)));
  return [
    figure({
      id: 'runner-overhead',
      title: 'Runner overhead',
      ratioOf: '`kpc run` wall time (spawn to exit) ÷ undici replay of the same requests',
      runs: samples.map((s) => s.kpcMs / s.replayMs),
      goal: { op: '<=', bound: 1.3 },
      detail: {
        'kpc run ms': m((s) => s.kpcMs),
        'replay ms': m((s) => s.replayMs),
        'until first request ms': m((s) => s.startupMs),
        'first case request to last request ms': m((s) => s.requestSpanMs),
        'requests-only ratio': Math.round(median(samples.map((s) => s.requestSpanMs / s.replayMs)) * 100) / 100,
        'steady state (quota fill) ratio':
          Math.round(median(samples.map((s) => s.fillMs / s.fillReplayMs)) * 100) / 100,
        'quota fill ms, kpc run / replay': `${m((s) => s.fillMs)} / ${m((s) => s.fillReplayMs)}`,
      },
    }),
    figure({
      id: 'requests-spent',
      title: 'Requests a run spends',
      ratioOf: 'HTTP requests sent (every attempt, preflight and teardown included) ÷ the minimum',
      runs: samples.map((s) => s.attempts / s.minimum),
      goal: { op: '<=', bound: 1.1 },
      detail: {
        'requests sent': m((s) => s.attempts),
        minimum: m((s) => s.minimum),
        'case requests': m((s) => s.caseRequests),
        'teardown requests': m((s) => s.teardown),
        'teardown minimum': m((s) => s.teardownMin),
      },
    }),
  ];
}
