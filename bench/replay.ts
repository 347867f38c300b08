/**
 * The bare baseline of the runner: the exact request sequence a `kpc run` sent (recorded
 * through KPC_RECORD_EXCHANGES), replayed with plain undici in the order it was sent, with
 * the same number of requests in flight and of sockets, and nothing else: no signing, no
 * key generation, no judging, no ledger, no vitest.
 */
import { readFileSync } from 'node:fs';
import { Agent, request, type Dispatcher } from 'undici';

/** One recorded exchange (a line of the KPC_RECORD_EXCHANGES file). */
export interface Recorded {
  /** performance.timeOrigin-based ms when the last attempt started / ended. */
  start: number;
  end: number;
  pid: number;
  /** The worker thread within the process (0 on the main thread): the suite runs in a worker thread. */
  thread?: number;
  action: string;
  attempts: number;
  status: number | undefined;
  request: { method: string; url: string; headers: Record<string, string>; body: string };
}

/** Reads a recording, ordered by start time. */
export function readRecording(file: string): Recorded[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Recorded)
    .sort((a, b) => a.start - b.start);
}

// Set by undici itself from the URL and body; the recorded values would conflict.
const DROP = new Set(['host', 'content-length', 'connection', 'transfer-encoding']);

/** What a replay took: wall time, each request's start and end (ms, performance.now), the statuses. */
export interface Replayed {
  wallMs: number;
  timings: Array<{ start: number; end: number }>;
  statuses: Record<string, number>;
}

/** Replays `recs` against `origin` (same path and query), `inFlight` at a time over `connections` sockets. */
export async function replay(
  recs: readonly Recorded[],
  origin: string,
  inFlight: number,
  connections: number,
): Promise<Replayed> {
  const agent = new Agent({ connections });
  const statuses: Record<string, number> = {};
  const timings: Replayed['timings'] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < recs.length) {
      const i = next++;
      const r = recs[i]!;
      const start = performance.now();
      const u = new URL(r.request.url);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.request.headers)) if (!DROP.has(k)) headers[k] = v;
      const res = await request(`${origin}${u.pathname}${u.search}`, {
        dispatcher: agent,
        method: r.request.method as Dispatcher.HttpMethod,
        headers,
        body: r.request.body === '' ? undefined : r.request.body,
      });
      await res.body.text();
      timings[i] = { start, end: performance.now() };
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: Math.max(1, inFlight) }, worker));
    return { wallMs: performance.now() - started, timings, statuses };
  } finally {
    await agent.close();
  }
}

/** Indices of the longest run of consecutive ImportKeyPair requests (the quota fill: it runs alone). */
export function longestImportRun(recs: readonly Recorded[]): number[] {
  let best: number[] = [];
  let cur: number[] = [];
  recs.forEach((r, i) => {
    cur = r.action === 'ImportKeyPair' ? [...cur, i] : [];
    if (cur.length > best.length) best = cur;
  });
  return best;
}

/** Wall span (first start to last end) of the given requests. */
export function span(timings: ReadonlyArray<{ start: number; end: number }>, indices: readonly number[]): number {
  if (indices.length === 0) return 0;
  return Math.max(...indices.map((i) => timings[i]!.end)) - Math.min(...indices.map((i) => timings[i]!.start));
}

/** True when two records come from the same runner (process and thread). */
export function sameRunner(a: Pick<Recorded, 'pid' | 'thread'>, b: Pick<Recorded, 'pid' | 'thread'>): boolean {
  return a.pid === b.pid && (a.thread ?? 0) === (b.thread ?? 0);
}
