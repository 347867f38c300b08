/**
 * Figure 3, latency hiding: the whole suite against an emulator child that adds 100 ms to
 * every API request, against the ideal run (requests × latency ÷ concurrency, steps of a
 * case and the exclusive cases counted as sequential; see ideal.ts).
 */
import { idealRounds, minimumTeardownRequests } from './ideal.ts';
import { cleanRun, emulatorFlags, kpcRun, shapesOf, teardownDeletes } from './kpc.ts';
import { startEmulatorChild } from './procs.ts';
import { figure, median, type Figure } from './stats.ts';

export const LATENCY_MS = 100;
const CONCURRENCY = 8;

interface Sample {
  wallMs: number;
  idealMs: number;
  requestSpanMs: number;
  rounds: ReturnType<typeof idealRounds>;
}

async function once(): Promise<Sample> {
  const emu = await startEmulatorChild(emulatorFlags({ auth: false, faults: ['--fault', `latency=${LATENCY_MS}`] }));
  try {
    const run = await kpcRun({ target: emu.url, record: true, flags: ['--concurrency', String(CONCURRENCY)] });
    if (run.report.verdict !== 'conformant')
      throw new Error(`not conformant with added latency (${run.report.verdictReason}); see ${run.dir}`);
    const recs = run.recording!;
    const td = minimumTeardownRequests(teardownDeletes(recs), run.regionsTouched.length, run.shortNames);
    const rounds = idealRounds(shapesOf(run.report), CONCURRENCY, td);
    cleanRun(run);
    return {
      wallMs: run.timed.wallMs,
      idealMs: rounds.total * LATENCY_MS,
      requestSpanMs: Math.max(...recs.map((r) => r.end)) - recs.find((r) => r.label !== 'preflight')!.start,
      rounds,
    };
  } finally {
    await emu.stop();
  }
}

/** Measures latency hiding `runs` times. */
export async function measureLatency(runs: number, log: (s: string) => void): Promise<Figure[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await once();
    samples.push(s);
    const r = s.rounds;
    log(
      `  run ${i + 1}/${runs}: ${Math.round(s.wallMs)} ms (requests ${Math.round(s.requestSpanMs)} ms) ` +
        `vs ideal ${s.idealMs} ms = ${r.total} round trips (preflight ${r.preflight}, ` +
        `shared ${r.shared}, exclusive ${r.exclusive}, teardown ${r.teardown})`,
    );
  }
  const m = (f: (s: Sample) => number): number => Math.round(median(samples.map(f)));
  return [
    figure({
      id: 'latency-hiding',
      title: `Latency hiding (+${LATENCY_MS} ms a request)`,
      ratioOf: '`kpc run` wall time ÷ ideal (round trips × latency, concurrency 8)',
      runs: samples.map((s) => s.wallMs / s.idealMs),
      goal: { op: '<=', bound: 1.15 },
      detail: {
        'kpc run ms': m((s) => s.wallMs),
        'ideal ms': m((s) => s.idealMs),
        'first case request to last request ms': m((s) => s.requestSpanMs),
        // Without the start-up: the cases and the teardown against their ideal round trips.
        'requests-only ratio':
          Math.round(
            median(samples.map((s) => s.requestSpanMs / ((s.rounds.total - s.rounds.preflight) * LATENCY_MS))) * 100,
          ) / 100,
        'ideal round trips (shared/exclusive/teardown)': [
          m((s) => s.rounds.shared),
          m((s) => s.rounds.exclusive),
          m((s) => s.rounds.teardown),
        ].join('/'),
      },
    }),
  ];
}
