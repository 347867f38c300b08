/**
 * Exploration: each property runs `runs` fast-check runs from one seed; a counterexample is
 * shrunk, tried once more (a finding must reproduce), and written back as a found case.
 * Results are findings as values, never exceptions; each property also becomes a
 * CaseResult so a run's report lists it beside the cases.
 */
import fc from 'fast-check';
import type { Case, Scenario } from '../cases/types.ts';
import { errorCode } from '../client/index.ts';
import type { Session } from '../engine/index.ts';
import type { CaseResult, StepRecord } from '../engine/index.ts';
import type { BodyTemplate, TagTemplate } from './arbitraries.ts';
import type { ExploreContext } from './context.ts';
import { BODY_RULES, NAME_RULES, SEQUENCE_RULES, TAG_RULES } from './model.ts';
import type { Spec } from '../spec/types.ts';
import { bodyCase, foundFile, foundStem, nameCase, sequenceCase, tagsCase, writeFoundFile } from './found-case.ts';
import { commandsArbitrary, runSequence, type SequenceOutcome } from './stateful.ts';
import { BODY_PROPERTY, NAME_PROPERTY, TAG_PROPERTY, type StatelessProperty, type Trial } from './stateless.ts';

/** Runs per property when no budget is given. */
export const DEFAULT_EXPLORE_RUNS = 100;
/** Shrinking stops after this many steps (each one is a request). */
export const MAX_SHRINKS = 300;

/** The properties, in the order they run. */
export const PROPERTIES = ['name-rules', 'tag-rules', 'body-rules', 'import-describe-delete'] as const;
export type PropertyName = (typeof PROPERTIES)[number];

/** A reproduced counterexample. */
export interface Finding {
  property: PropertyName;
  /** File stem and case id suffix: `<rule-or-kind>-<seed>`. */
  stem: string;
  rules: string[];
  seed: number;
  expected: string;
  actual: string;
  request: { action: string; params: Record<string, string> };
  response: { status: number | undefined; body: unknown };
  /** The shrunk input, printed by fast-check. */
  counterexample: string;
  shrinks: number;
  /** The found case written for it, when a folder was given. */
  file?: string;
  foundCase: Case;
}

/** How one property ended. */
export interface PropertyOutcome {
  property: PropertyName;
  status: 'passed' | 'failed' | 'inconclusive';
  runs: number;
  /** Runs whose answer was a 5xx, a throttle or a lost response. */
  inconclusive: number;
  requests: number;
  durationMs: number;
  reason?: string;
  finding?: Finding;
}

/** The result of one exploration. */
export interface ExploreResult {
  seed: number;
  runs: number;
  properties: PropertyOutcome[];
}

/** Options of explore(). */
export interface ExploreOptions {
  runs?: number;
  /** fast-check seed; random (and reported) when absent. */
  seed?: number;
  /** Where found cases are written; undefined writes none. */
  foundDir?: string;
  properties?: readonly PropertyName[];
}

/** A fresh random seed (32-bit, as fast-check takes). */
export function randomSeed(): number {
  return (Math.random() * 2 ** 31) | 0;
}

function seenOf(t: Trial): string {
  return t.judgement.kind === 'disagree' ? t.judgement.actual : 'as the spec says';
}

function caseFor(ctx: ExploreContext, p: PropertyName, stem: string, input: unknown, t: Trial): Case {
  if (p === 'name-rules')
    return nameCase(
      ctx.spec,
      stem,
      input as { prefix: string; suffix: string; length: number },
      t.params.KeyPairName ?? '',
      t.verdict,
      seenOf(t),
    );
  if (p === 'tag-rules') return tagsCase(ctx.spec, stem, input as TagTemplate[], t.verdict, seenOf(t));
  return bodyCase(ctx.spec, stem, input as BodyTemplate, t.params.PublicKeyBody ?? '', t.verdict, seenOf(t));
}

async function runStateless<T>(
  ctx: ExploreContext,
  prop: StatelessProperty<T>,
  runs: number,
  seed: number,
  out: PropertyOutcome,
): Promise<Finding | undefined> {
  const details = await fc.check(
    fc.asyncProperty(fc.limitShrink(prop.arbitrary, MAX_SHRINKS), async (input) => {
      const t = await prop.trial(ctx, input);
      if (t.judgement.kind === 'inconclusive') out.inconclusive++;
      return t.judgement.kind !== 'disagree';
    }),
    { numRuns: runs, seed },
  );
  if (!details.failed) return undefined;
  if (details.counterexample === null)
    throw details.errorInstance ?? new Error(`${prop.name}: fast-check failed without a counterexample`);
  const input = details.counterexample[0];
  const t = await prop.trial(ctx, input); // a finding must reproduce before it is kept
  if (t.judgement.kind !== 'disagree') {
    out.reason = `a counterexample did not reproduce (${fc.stringify(input)}): the target may be nondeterministic`;
    return undefined;
  }
  const stem = foundStem(t.verdict.accept ? `${prop.name.split('-')[0]}-valid` : t.verdict.rule, seed);
  return {
    property: prop.name,
    stem,
    rules: t.judgement.rules,
    seed,
    expected: t.judgement.expected,
    actual: t.judgement.actual,
    request: { action: 'ImportKeyPair', params: t.params },
    response: { status: t.exchange?.response?.status, body: t.exchange?.response?.body },
    counterexample: fc.stringify(input),
    shrinks: details.numShrinks,
    foundCase: caseFor(ctx, prop.name, stem, input, t),
  };
}

async function runStateful(
  ctx: ExploreContext,
  runs: number,
  seed: number,
  out: PropertyOutcome,
): Promise<Finding | undefined> {
  const regions = ctx.session.places.secondRegion === undefined ? 1 : 2;
  let sequence = 0;
  const prefix = () => `s${(sequence++).toString(36)}x`;
  const details = await fc.check(
    fc.asyncProperty(fc.limitShrink(commandsArbitrary(regions), MAX_SHRINKS), async (cmds) => {
      const o = await runSequence(ctx, cmds, prefix());
      if (o.tainted) out.inconclusive++;
      return o.divergence === undefined;
    }),
    { numRuns: runs, seed },
  );
  if (!details.failed) return undefined;
  if (details.counterexample === null)
    throw details.errorInstance ?? new Error('import-describe-delete: fast-check failed without a counterexample');
  const cmds = details.counterexample[0];
  const o: SequenceOutcome = await runSequence(ctx, cmds, prefix());
  const d = o.divergence;
  if (d === undefined) {
    out.reason = `a counterexample did not reproduce (${fc.stringify(cmds)}): the target may be nondeterministic`;
    return undefined;
  }
  const stem = foundStem('import-describe-delete', seed);
  return {
    property: 'import-describe-delete',
    stem,
    rules: [d.rule],
    seed,
    expected: d.expected,
    actual: d.actual,
    request: d.request,
    response: d.response,
    counterexample: [...cmds].map(String).join('; '),
    shrinks: details.numShrinks,
    foundCase: sequenceCase(stem, seed, o.trace, d.actual),
  };
}

const STATELESS: Record<Exclude<PropertyName, 'import-describe-delete'>, StatelessProperty<never>> = {
  'name-rules': NAME_PROPERTY as StatelessProperty<never>,
  'tag-rules': TAG_PROPERTY as StatelessProperty<never>,
  'body-rules': BODY_PROPERTY as StatelessProperty<never>,
};

/** Runs the properties on the session's target, judged by `spec`. */
export async function explore(session: Session, spec: Spec, options: ExploreOptions = {}): Promise<ExploreResult> {
  const runs = options.runs ?? DEFAULT_EXPLORE_RUNS;
  const seed = options.seed ?? randomSeed();
  const properties: PropertyOutcome[] = [];
  for (const property of options.properties ?? PROPERTIES) {
    const ctx: ExploreContext = { session, spec, requests: { n: 0 } };
    const started = performance.now();
    const out: PropertyOutcome = { property, status: 'passed', runs, inconclusive: 0, requests: 0, durationMs: 0 };
    try {
      const finding =
        property === 'import-describe-delete'
          ? await runStateful(ctx, runs, seed, out)
          : await runStateless(ctx, STATELESS[property], runs, seed, out);
      if (finding) {
        out.status = 'failed';
        if (options.foundDir !== undefined)
          finding.file = writeFoundFile(options.foundDir, finding.stem, foundFile(finding.foundCase, property, seed));
        out.finding = finding;
      } else if (out.reason !== undefined || out.inconclusive > runs / 10) {
        out.status = 'inconclusive';
        out.reason ??= `${out.inconclusive} of ${runs} runs met target errors`;
      }
    } catch (e) {
      out.status = 'inconclusive';
      out.reason = `exploration stopped: ${(e as Error).message}`;
    }
    out.requests = ctx.requests.n;
    out.durationMs = performance.now() - started;
    properties.push(out);
  }
  return { seed, runs, properties };
}

const SCENARIO: Record<PropertyName, Scenario> = {
  'name-rules': 'forbidden-character',
  'tag-rules': 'tag-count',
  'body-rules': 'malformed-key',
  'import-describe-delete': 'persistence',
};
const RULES: Record<PropertyName, readonly string[]> = {
  'name-rules': NAME_RULES,
  'tag-rules': TAG_RULES,
  'body-rules': BODY_RULES,
  'import-describe-delete': SEQUENCE_RULES,
};

/** Each property as a CaseResult, for report.json. */
export function exploreCaseResults(r: ExploreResult): CaseResult[] {
  return r.properties.map((p) => {
    const f = p.finding;
    const steps: StepRecord[] = f
      ? [
          {
            request: f.request,
            response: {
              status: f.response.status ?? 0,
              code: errorCode(f.response.body),
              body: f.response.body,
            },
            expected: f.expected,
            mismatches: f.rules.map((rule) => ({
              path: `explore:${p.property}`,
              expected: f.expected,
              actual: f.actual,
              rule,
            })),
            durationMs: 0,
            observations: {
              counterexample: f.counterexample,
              seed: f.seed,
              shrinks: f.shrinks,
              ...(f.file ? { foundCase: f.file } : {}),
            },
          },
        ]
      : [];
    const result: CaseResult = {
      id: `explore/${p.property}`,
      title: `exploration of ${p.property}: ${p.runs} runs from seed ${r.seed}`,
      file: f?.file ?? '(exploration)',
      rules: [...RULES[p.property]],
      evidence: 'documented',
      polarity: 'negative',
      scenario: SCENARIO[p.property],
      errorRow: undefined,
      status: p.status,
      brokenRules: f ? f.rules : [],
      steps,
      durationMs: p.durationMs,
      attempt: 1,
      requests: p.requests,
    };
    if (p.reason !== undefined) result.reason = p.reason;
    return result;
  });
}
