/**
 * A counterexample written back as a YAML case (origin: found, with its seed), so it joins
 * the normal suite and replays deterministically: names as NameSpecs (the same shape with
 * another run's token), tag text and altered bodies as literals, fresh keys otherwise.
 * Expectations come from the model, never from what the target answered.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Case, CaseFile, Expectation, Matcher, Scenario, Step, VarSpec } from '../cases/types.ts';
import { ruleById } from '../spec/load.ts';
import type { Spec } from '../spec/types.ts';
import type { BodyTemplate, TagTemplate } from './arbitraries.ts';
import type { Verdict } from './model.ts';
import type { TraceStep } from './stateful.ts';
import { packagePath } from '../package-root.ts';

/** The default folder of found cases. */
export const DEFAULT_FOUND_DIR = `${packagePath('suites', 'found')}/`;

/** A stem like `ikp-name-charset-1234` or `name-valid-1234`: the file's name and the case's id. */
export function foundStem(kindOrRule: string, seed: number): string {
  return `${kindOrRule.toLowerCase()}-${seed >>> 0}`;
}

const SCENARIO_OF_KIND: Record<string, Scenario> = {
  length: 'above-max-length',
  'first-char': 'invalid-first-char',
  charset: 'forbidden-character',
  'forbidden-prefix': 'forbidden-prefix',
  'forbidden-substring': 'forbidden-substring',
  'index-range': 'tag-index-out-of-range',
  'public-key': 'malformed-key',
};

/** The import step's expectation for a verdict (status and code as the spec's row says). */
function expectFor(verdict: Verdict, nameVar: string): Pick<Step, 'expect' | 'rules'> {
  if (verdict.accept)
    return {
      rules: verdict.rules,
      expect: {
        status: 200,
        body: { KeyPairName: { match: 'equals', value: `\${${nameVar}}`, rule: 'IKP-RESP-NAME' } },
      },
    };
  const rule = verdict.rule;
  if (verdict.codes.length === 0) return { expect: { status: { match: 'status-class', class: '4xx', rule } } };
  const code: Matcher =
    verdict.codes.length === 1
      ? { match: 'equals', value: verdict.codes[0], rule }
      : { match: 'one-of', values: verdict.codes, rule };
  return { expect: { status: { match: 'equals', value: verdict.status ?? 400, rule }, body: { Code: code } } };
}

function caseHead(spec: Spec, stem: string, verdict: Verdict, title: string): Omit<Case, 'steps' | 'vars'> {
  if (verdict.accept)
    return {
      id: `found/${stem}`,
      title,
      rules: verdict.rules,
      scenario: 'valid-class',
      polarity: 'positive',
      evidence: 'documented',
    };
  const rule = ruleById(spec, verdict.rule);
  const head: Omit<Case, 'steps' | 'vars'> = {
    id: `found/${stem}`,
    title,
    rules: [rule.id],
    scenario: SCENARIO_OF_KIND[rule.constraint.kind] ?? 'forbidden-character',
    polarity: 'negative',
    evidence: rule.evidence === 'undocumented' ? 'inferred' : rule.evidence,
  };
  if (verdict.codes.length === 1) head.errorRow = verdict.codes[0]!;
  return head;
}

/** The end of a found case's title: where the case came from and what the target did. */
const foundBy = (seen: string): string => `(found by exploration; the target answered ${seen})`;

const importParams = (extra: Record<string, string> = {}) => ({
  RegionId: '${region}',
  KeyPairName: '${name}',
  PublicKeyBody: '${key}',
  ...extra,
});

/** The case for a name counterexample. */
export function nameCase(
  spec: Spec,
  stem: string,
  t: { prefix: string; suffix: string; length: number },
  sent: string,
  verdict: Verdict,
  seen: string,
): Case {
  const what = verdict.accept ? 'accepts' : 'rejects';
  return {
    ...caseHead(
      spec,
      stem,
      verdict,
      `${what} a ${[...sent].length}-character name like ${JSON.stringify(sent)} ${foundBy(seen)}`,
    ),
    vars: { name: { name: t }, key: { key: 'ecdsa-nistp256' } },
    steps: [{ action: 'ImportKeyPair', params: importParams(), ...expectFor(verdict, 'name') }],
  };
}

/** The case for a tags counterexample (tag text as literals: it may hold `${`). */
export function tagsCase(spec: Spec, stem: string, tags: readonly TagTemplate[], verdict: Verdict, seen: string): Case {
  const vars: Record<string, VarSpec> = { name: { name: {} }, key: { key: 'ecdsa-nistp256' } };
  const extra: Record<string, string> = {};
  for (const t of tags) {
    vars[`tag${t.index}Key`] = { literal: t.key };
    vars[`tag${t.index}Value`] = { literal: t.value };
    extra[`Tag.${t.index}.Key`] = `\${tag${t.index}Key}`;
    extra[`Tag.${t.index}.Value`] = `\${tag${t.index}Value}`;
  }
  const indexes = tags.map((t) => `${t.index}`).join(', ') || '(none)';
  return {
    ...caseHead(
      spec,
      stem,
      verdict,
      `${verdict.accept ? 'accepts' : 'rejects'} an import with tags ${indexes} ${foundBy(seen)}`,
    ),
    vars,
    steps: [{ action: 'ImportKeyPair', params: importParams(extra), ...expectFor(verdict, 'name') }],
  };
}

/** The case for a body counterexample: a fresh key where the body is one, the exact text otherwise. */
export function bodyCase(
  spec: Spec,
  stem: string,
  t: BodyTemplate,
  body: string,
  verdict: Verdict,
  seen: string,
): Case {
  const fresh = t.mutation.kind === 'none' || t.mutation.kind === 'comment';
  const key: VarSpec =
    t.mutation.kind === 'none'
      ? { key: t.kind }
      : t.mutation.kind === 'comment'
        ? { key: t.kind, comment: t.mutation.text }
        : { literal: body };
  const step: Step = { action: 'ImportKeyPair', params: importParams(), ...expectFor(verdict, 'name') };
  if (verdict.accept && fresh && step.expect?.body) {
    step.expect.body.KeyPairFingerPrint = {
      match: 'all-of',
      matchers: [
        { match: 'fingerprint-of', key: 'key', form: 'any', rule: 'IKP-FP-MD5' },
        { match: 'fingerprint-of', key: 'key', form: 'colon', rule: 'IKP-FP-FORMAT' },
      ],
    };
  }
  const head = caseHead(
    spec,
    stem,
    verdict,
    `${verdict.accept ? 'accepts' : 'rejects'} a ${t.kind} body (${t.mutation.kind}) ${foundBy(seen)}`,
  );
  return {
    ...head,
    scenario: verdict.accept ? 'valid-key' : head.scenario,
    vars: { name: { name: {} }, key },
    steps: [step],
  };
}

const REGION_VAR = ['${region}', '${secondRegion}'];

/** One traced step as a case step; an import's fresh key becomes var `k<index>`. */
function traceStep(s: TraceStep, i: number, prefix: string, vars: Record<string, VarSpec>): Step {
  const RegionId = REGION_VAR[s.region]!;
  const equals = (value: unknown): Matcher => ({ match: 'equals', value, rule: s.rule });
  if (s.op === 'import') {
    vars[`k${i}`] = { key: 'ecdsa-nistp256' };
    const expect: Expectation =
      s.expect === 'created'
        ? { status: equals(200), body: { KeyPairName: equals(`\${n${s.name}}`) } }
        : { status: equals(400), body: { Code: equals('KeyPair.AlreadyExist') } };
    return {
      action: 'ImportKeyPair',
      params: { RegionId, KeyPairName: `\${n${s.name}}`, PublicKeyBody: `\${k${i}}` },
      expect,
    };
  }
  if (s.op === 'delete') {
    const params = { RegionId, KeyPairNames: { json: s.names.map((n) => `\${n${n}}`) } };
    return { action: 'DeleteKeyPairs', params, expect: { status: equals(200) } };
  }
  const listed: Matcher[] = [
    { match: 'length', value: s.held.length, rule: s.rule },
    ...s.held.map((n): Matcher => ({ match: 'includes', item: { KeyPairName: `\${n${n}}` }, rule: s.rule })),
  ];
  const body = { TotalCount: equals(s.held.length), KeyPairs: { KeyPair: { match: 'all-of', matchers: listed } } };
  const params = { RegionId, KeyPairName: `${prefix}\${token}*`, PageSize: '50' };
  return { action: 'DescribeKeyPairs', params, expect: { status: 200, body } as Expectation };
}

/** The case for a stateful counterexample: the shrunk sequence, step by step, up to where the target left the model. */
export function sequenceCase(stem: string, seed: number, trace: readonly TraceStep[], seen: string): Case {
  const prefix = `s${(seed >>> 0).toString(36)}x`;
  const vars: Record<string, VarSpec> = {};
  const used = new Set(trace.flatMap((s) => (s.op === 'import' ? [s.name] : s.op === 'delete' ? s.names : s.held)));
  for (const n of [...used].sort()) vars[`n${n}`] = { name: { prefix } };
  const steps = trace.map((s, i) => traceStep(s, i, prefix, vars));
  const c: Case = {
    id: `found/${stem}`,
    title:
      'keeps names unique per region, lists what it holds and frees deleted names ' +
      `over a ${trace.length}-step sequence ${foundBy(seen)}`,
    rules: [...new Set(trace.map((s) => s.rule))],
    scenario: 'persistence',
    polarity: 'negative',
    evidence: 'inferred',
    vars,
    steps,
  };
  if (trace.some((s) => s.region === 1)) c.requires = ['second-region'];
  return c;
}

/** The case file holding one found case. */
export function foundFile(c: Case, property: string, seed: number): CaseFile {
  const origin = `property ${property}, seed ${seed >>> 0}`;
  return {
    suite: `found-${c.id.slice('found/'.length)}`,
    description: `Found by exploration (${origin}) and shrunk; replays with \`kpc run\`.`,
    origin: 'found',
    seed: seed >>> 0,
    cases: [c],
  };
}

/** Writes a found case file as `<dir>/<stem>.yaml`; returns its path. */
export function writeFoundFile(dir: string, stem: string, file: CaseFile): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${stem}.yaml`);
  const header = [
    '# Found by exploration (kpc run --explore). Replays deterministically; delete it once the target is fixed',
    '# or keep it as a regression case.',
    '# yaml-language-server: $schema=../schema/case-file.schema.json',
    '',
  ].join('\n');
  writeFileSync(path, header + stringify(file, { lineWidth: 0 }));
  return path;
}
