/**
 * Figure 5, throttling: the whole suite, run in this process through the engine (as `kpc
 * run` runs it), against an emulator child answering 30 % of API requests with
 * `Throttling.User` (seeded), with the client's retry alone (the run option `adaptive:
 * false`: 4 attempts, exponential backoff) and with the adaptive limiter `kpc run` uses by
 * default (AIMD window, throttled attempts queued again). Cases lost to throttling must be zero with
 * the limiter; the throughput kept is cases a second against a fault-free run of the same suite.
 *
 * The emulator's fault is a coin toss per request, not a rate limit: backing off does not
 * make it throttle less, so what keeps the cases is that a throttled attempt is safe to
 * repeat and is repeated; the window's job (fewer requests in flight while throttled) shows
 * against a real rate limit, not here.
 */
import { rmSync } from 'node:fs';
import { resolveRunConfig, runConformance } from '../src/conformance/index.ts';
import type { Report } from '../src/report/types.ts';
import { BENCH_RESOURCE_GROUP, casesJudged, emulatorFlags, tempDir } from './kpc.ts';
import { lostCases } from './lost.ts';
import { startEmulatorChild } from './procs.ts';
import { figure, median, type Figure } from './stats.ts';

export const THROTTLE_RATE = 0.3;

interface Outcome {
  wallMs: number;
  judged: number;
  lost: string[];
  leaked: number;
  requests: number;
  /** The quota fill's duration (hundreds of imports, no key generation to blur it), ms. */
  fillMs: number;
}

function fillMs(r: Report): number {
  const fill = r.cases.flatMap((c) => c.steps).find((s) => s.request.params['(fill)'] !== undefined);
  return fill?.durationMs ?? Number.NaN;
}

async function runAgainst(faults: string[], adaptive: boolean): Promise<Outcome> {
  const emu = await startEmulatorChild(emulatorFlags({ auth: false, faults }));
  const reportDir = tempDir('throttle');
  let requests = 0;
  const started = performance.now();
  try {
    const config = resolveRunConfig({ target: emu.url, resourceGroup: BENCH_RESOURCE_GROUP, reportDir, adaptive });
    const listeners = [
      (e: { type: string; exchange?: { attempts: number } }) =>
        void (e.type === 'exchange' && (requests += e.exchange!.attempts)),
    ];
    const { report: r } = await runConformance(config, { listeners, env: {} });
    const wallMs = performance.now() - started;
    return {
      wallMs,
      judged: casesJudged(r),
      lost: lostCases(r.cases),
      leaked: r.resources.leaked.length,
      requests,
      fillMs: fillMs(r),
    };
  } finally {
    await emu.stop();
    rmSync(reportDir, { recursive: true, force: true });
  }
}

const perSecond = (o: Outcome): number => (o.judged - o.lost.length) / (o.wallMs / 1000);

/** Measures throttling with and without the adaptive limiter, `runs` times (seeds 1001, 1002, …). */
export async function measureThrottling(runs: number, log: (s: string) => void): Promise<Figure[]> {
  const samples: Array<{ base: Outcome; retry: Outcome; adaptive: Outcome }> = [];
  for (let i = 0; i < runs; i++) {
    const faults = ['--fault', `throttle=${THROTTLE_RATE}`, '--fault-seed', String(1001 + i)];
    const base = await runAgainst([], true);
    const retry = await runAgainst(faults, false);
    const adaptive = await runAgainst(faults, true);
    samples.push({ base, retry, adaptive });
    log(
      `  run ${i + 1}/${runs} (seed ${1001 + i}): fault-free ${Math.round(base.wallMs)} ms; ` +
        `retry alone ${Math.round(retry.wallMs)} ms, ${lostText(retry.lost)}, ${retry.leaked} leaked; ` +
        `adaptive ${Math.round(adaptive.wallMs)} ms, ${adaptive.lost.length} lost, ${adaptive.leaked} leaked`,
    );
  }
  const m = (f: (s: (typeof samples)[number]) => number, digits = 0): number =>
    Math.round(median(samples.map(f)) * 10 ** digits) / 10 ** digits;
  return [
    figure({
      id: 'throttling-lost',
      title: `Throttling ${THROTTLE_RATE * 100} %: cases lost (adaptive)`,
      ratioOf: 'cases inconclusive or recording a throttled answer, worst run, with the adaptive limiter',
      runs: samples.map((s) => s.adaptive.lost.length + s.adaptive.leaked),
      aggregate: 'max',
      unit: 'count',
      goal: { op: '<=', bound: 0 },
      detail: {
        'lost, retry alone (worst run)': Math.max(...samples.map((s) => s.retry.lost.length)),
        'leaked, retry alone (worst run)': Math.max(...samples.map((s) => s.retry.leaked)),
        'leaked, adaptive (worst run)': Math.max(...samples.map((s) => s.adaptive.leaked)),
        'requests, fault-free / retry / adaptive': [
          m((s) => s.base.requests),
          m((s) => s.retry.requests),
          m((s) => s.adaptive.requests),
        ].join(' / '),
      },
    }),
    figure({
      id: 'throttling-throughput',
      title: `Throttling ${THROTTLE_RATE * 100} %: throughput kept`,
      ratioOf: 'cases judged a second with the adaptive limiter ÷ fault-free run',
      runs: samples.map((s) => perSecond(s.adaptive) / perSecond(s.base)),
      goal: undefined,
      detail: {
        'fault-free cases/s': m((s) => perSecond(s.base), 1),
        'adaptive cases/s': m((s) => perSecond(s.adaptive), 1),
        'retry alone cases/s (lost ones excluded)': m((s) => perSecond(s.retry), 1),
        'fault-free / adaptive wall ms': `${m((s) => s.base.wallMs)} / ${m((s) => s.adaptive.wallMs)}`,
        'quota fill kept (fault-free ÷ adaptive fill time)':
          Math.round(median(samples.map((s) => s.base.fillMs / s.adaptive.fillMs)) * 100) / 100,
      },
    }),
  ];
}

/** "3 lost (a, b, c, …)": how many cases were lost, and the first few of them. */
function lostText(lost: readonly string[]): string {
  if (lost.length === 0) return '0 lost';
  return `${lost.length} lost (${lost.slice(0, 3).join(', ')}${lost.length > 3 ? ', …' : ''})`;
}
