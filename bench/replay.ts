/**
 * The bare baseline of the runner: the exact request sequence a `kpc run` sent (recorded by
 * its `exchanges` reporter), replayed with plain undici in the order it was sent, with the
 * same number of requests in flight and of sockets, and the same unavoidable work: the
 * same fresh keys generated (the slow ones all started at once, as the run prefetches
 * them), and the same phases: no request of a phase (the preflight, the shared cases, each
 * exclusive case, teardown) starts before every request of the one before it has ended, as
 * in any correct run. Nothing else: no signing, no judging, no ledger, no reports.
 */
import { readFileSync } from 'node:fs';
import { Agent, request, type Dispatcher } from 'undici';
import { generateKey, parsePublicKeyBody, type KeySpec } from '../src/keys/index.ts';
import type { ExchangeLine } from '../src/report/exchanges.ts';

/** One recorded exchange (a line of exchanges.jsonl). */
export type Recorded = ExchangeLine;

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

/** The key an import sent, as the spec to generate again; undefined when it sent no fresh key. */
export function keySpecOf(r: Recorded): KeySpec | undefined {
  if (r.action !== 'ImportKeyPair') return undefined;
  const body = new URL(r.request.url).searchParams.get('PublicKeyBody');
  const parsed = body === null ? undefined : parsePublicKeyBody(body);
  if (!parsed?.ok) return undefined;
  const k = parsed.key;
  if (k.type === 'ssh-rsa') return { kind: 'rsa', bits: k.bits as 2048 };
  if (k.type === 'ssh-dss') return { kind: 'dsa', bits: 1024 };
  if (k.type === 'ssh-ed25519') return { kind: 'ed25519' };
  return { kind: 'ecdsa', curve: k.type.replace('ecdsa-sha2-', '') as 'nistp256' };
}

/** The source key a malformed body was cut from (one a type a run, as the session caches them), by its label. */
const MALFORMED_SOURCES: Record<string, KeySpec> = {
  'ssh-rsa': { kind: 'rsa', bits: 2048 },
  'ssh-dss': { kind: 'dsa', bits: 1024 },
  'ecdsa-sha2-nistp256': { kind: 'ecdsa', curve: 'nistp256' },
};

function malformedSource(r: Recorded, seen: Set<string>): KeySpec | undefined {
  if (r.action !== 'ImportKeyPair' || keySpecOf(r) !== undefined) return undefined;
  const label = (new URL(r.request.url).searchParams.get('PublicKeyBody') ?? '').split(' ')[0] ?? '';
  const spec = MALFORMED_SOURCES[label];
  if (spec === undefined || seen.has(label)) return undefined;
  seen.add(label);
  return spec;
}

/**
 * Generates the keys the run generated: one per fresh key sent, one per malformed-body type;
 * slow kinds all up front.
 */
function keyWork(recs: readonly Recorded[]): Array<() => Promise<unknown>> {
  const sources = new Set<string>();
  return recs.map((r) => {
    const spec = keySpecOf(r) ?? malformedSource(r, sources);
    if (spec === undefined) return async () => undefined;
    if (spec.kind === 'ecdsa' || spec.kind === 'ed25519') return () => generateKey(spec);
    const key = generateKey(spec);
    key.catch(() => undefined);
    return () => key;
  });
}

function headersOf(r: Recorded): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.request.headers)) if (!DROP.has(k)) headers[k] = v;
  return headers;
}

/** The indices of `recs` cut where `phaseOf` changes: consecutive requests of one phase. */
export function phases(recs: readonly Recorded[], phaseOf: (r: Recorded) => string): number[][] {
  const out: number[][] = [];
  recs.forEach((r, i) => {
    const last = out.at(-1);
    if (last !== undefined && phaseOf(recs[last[0]!]!) === phaseOf(r)) last.push(i);
    else out.push([i]);
  });
  return out;
}

/**
 * Replays `recs` against `origin` (same path and query), `inFlight` at a time over
 * `connections` sockets, one phase after another (`phaseOf`; default: one phase).
 */
export async function replay(
  recs: readonly Recorded[],
  origin: string,
  inFlight: number,
  connections: number,
  phaseOf: (r: Recorded) => string = () => '',
): Promise<Replayed> {
  const agent = new Agent({ connections });
  const statuses: Record<string, number> = {};
  const timings: Replayed['timings'] = [];
  const started = performance.now();
  const keys = keyWork(recs);
  let order: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < order.length) {
      const i = order[next++]!;
      const r = recs[i]!;
      await keys[i]!();
      const start = performance.now();
      const u = new URL(r.request.url);
      const method = r.request.method as Dispatcher.HttpMethod;
      const body = r.request.body === '' ? undefined : r.request.body;
      const res = await request(`${origin}${u.pathname}${u.search}`, {
        dispatcher: agent,
        method,
        headers: headersOf(r),
        body,
      });
      await res.body.text();
      timings[i] = { start, end: performance.now() };
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
    }
  };
  try {
    for (const phase of phases(recs, phaseOf)) {
      order = phase;
      next = 0;
      await Promise.all(Array.from({ length: Math.max(1, inFlight) }, worker));
    }
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
