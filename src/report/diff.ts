import type { CaseResult } from '../engine/index.ts';
import { ENVELOPE_PATH, normalizeCase, reportTokens, type CaseObservation, type StepObservation } from './normalize.ts';
import type { Report, Verdict } from './types.ts';

/**
 * Drift: two reports compared case by case on what the target did (status, code, body
 * shape and normalised values), never on how the suite judged it. Messages are reported
 * apart, as information: they are recorded, never asserted.
 */

/** One difference in a case's behaviour. `shape`: a field appeared, vanished or changed type. */
export interface Change {
  /** 1-based step; 0 for the case as a whole. */
  step: number;
  action: string;
  what: 'steps' | 'action' | 'status' | 'code' | 'error' | 'shape' | 'value' | 'outcomes';
  path: string;
  a: string | undefined;
  b: string | undefined;
}

/** A case whose behaviour changed. */
export interface CaseDrift {
  id: string;
  title: string;
  statusA: string;
  statusB: string;
  changes: Change[];
}

/** A changed message or Recommend (informational, never drift). */
export interface InfoChange {
  id: string;
  step: number;
  field: string;
  a: string | undefined;
  b: string | undefined;
}

/** Which report a side of the diff is. */
export interface DiffSide {
  target: string;
  region: string;
  revision: string;
  date: string;
  verdict: Verdict;
}

/** The comparison of report A (before) with report B (after). */
export interface ReportDiff {
  a: DiffSide;
  b: DiffSide;
  compared: number;
  drifted: CaseDrift[];
  /** Cases only in B. */
  added: string[];
  /** Cases only in A. */
  removed: string[];
  /** Cases in both that one side did not run to a verdict (skipped, inconclusive). */
  notCompared: Array<{ id: string; reason: string }>;
  messages: InfoChange[];
}

type Rendering = string | undefined;

function kindOf(r: string): string {
  if (r.startsWith('"') || r.startsWith('<')) return 'string';
  if (r === '[]') return 'array';
  if (r === '{}') return 'object';
  if (r === 'true' || r === 'false') return 'boolean';
  return r === 'null' ? 'null' : 'number';
}

function stepChanges(i: number, a: StepObservation, b: StepObservation): Change[] {
  const at = (what: Change['what'], path: string, x: Rendering, y: Rendering): Change => ({
    step: i + 1,
    action: b.action,
    what,
    path,
    a: x,
    b: y,
  });
  if (a.action !== b.action) return [at('action', 'action', a.action, b.action)];
  const out: Change[] = [];
  if (a.status !== b.status) out.push(at('status', 'status', a.status?.toString(), b.status?.toString()));
  if (a.code !== b.code) out.push(at('code', 'code', a.code, b.code));
  if (a.error !== b.error) out.push(at('error', 'error', a.error, b.error));
  const paths = [...new Set([...Object.keys(a.body), ...Object.keys(b.body)])].sort();
  for (const p of paths) {
    const x = a.body[p];
    const y = b.body[p];
    // Reports written before the answer's form was recorded have no envelope: nothing to compare.
    if (x === y || (p === ENVELOPE_PATH && (x === undefined || y === undefined))) continue;
    out.push(at(x === undefined || y === undefined || kindOf(x) !== kindOf(y) ? 'shape' : 'value', `body.${p}`, x, y));
  }
  const outcomes = [...new Set([...Object.keys(a.outcomes ?? {}), ...Object.keys(b.outcomes ?? {})])].sort();
  for (const k of outcomes)
    if (a.outcomes?.[k] !== b.outcomes?.[k])
      out.push(at('outcomes', `outcomes[${k}]`, a.outcomes?.[k], b.outcomes?.[k]));
  return out;
}

/** The changes between two observations of one case; empty when it behaved alike. */
export function diffObservations(a: CaseObservation, b: CaseObservation): { changes: Change[]; info: InfoChange[] } {
  const n = Math.min(a.steps.length, b.steps.length);
  const changes: Change[] = [];
  const info: InfoChange[] = [];
  for (let i = 0; i < n; i++) {
    const sa = a.steps[i]!;
    const sb = b.steps[i]!;
    changes.push(...stepChanges(i, sa, sb));
    for (const f of new Set([...Object.keys(sa.info), ...Object.keys(sb.info)])) {
      if (sa.info[f] !== sb.info[f]) info.push({ id: b.id, step: i + 1, field: f, a: sa.info[f], b: sb.info[f] });
    }
  }
  if (a.steps.length !== b.steps.length)
    changes.push({
      step: 0,
      action: '',
      what: 'steps',
      path: 'steps',
      a: `${a.steps.length} step(s)`,
      b: `${b.steps.length} step(s)`,
    });
  return { changes, info };
}

/** Why a case cannot be compared, or undefined when both sides ran it to a verdict. */
export function notComparable(
  a: Pick<CaseResult, 'status' | 'reason'>,
  b: Pick<CaseResult, 'status' | 'reason'>,
): string | undefined {
  const why = (side: string, c: Pick<CaseResult, 'status' | 'reason'>): string | undefined =>
    c.status === 'skipped' || c.status === 'inconclusive'
      ? `${c.status} in ${side}${c.reason ? `: ${c.reason}` : ''}`
      : undefined;
  return why('A', a) ?? why('B', b);
}

/** The side of a diff a report is. */
export function sideOf(r: Report): DiffSide {
  return {
    target: r.target.url,
    region: r.target.region,
    revision: r.spec.revision,
    date: r.recordedAt ?? r.finishedAt,
    verdict: r.verdict,
  };
}

/** Compares report A with report B case by case. */
export function diffReports(a: Report, b: Report): ReportDiff {
  const tokensA = reportTokens(a);
  const tokensB = reportTokens(b);
  const inA = new Map(a.cases.map((c) => [c.id, c]));
  const inB = new Set(b.cases.map((c) => c.id));
  const out: ReportDiff = {
    a: sideOf(a),
    b: sideOf(b),
    compared: 0,
    drifted: [],
    added: [],
    removed: a.cases.filter((c) => !inB.has(c.id)).map((c) => c.id),
    notCompared: [],
    messages: [],
  };
  for (const cb of b.cases) {
    const ca = inA.get(cb.id);
    if (!ca) {
      out.added.push(cb.id);
      continue;
    }
    const reason = notComparable(ca, cb);
    if (reason) {
      out.notCompared.push({ id: cb.id, reason });
      continue;
    }
    out.compared++;
    const { changes, info } = diffObservations(normalizeCase(ca, tokensA), normalizeCase(cb, tokensB));
    out.messages.push(...info);
    if (changes.length > 0)
      out.drifted.push({ id: cb.id, title: cb.title, statusA: ca.status, statusB: cb.status, changes });
  }
  return out;
}

/** One change as a line: `step 1 ImportKeyPair body.KeyPairFingerPrint: A → B`. */
export function changeLine(c: Change): string {
  const where = c.step === 0 ? c.path : `step ${c.step} ${c.action} ${c.path}`;
  return `${where}: ${c.a ?? '(absent)'} → ${c.b ?? '(absent)'}`;
}
