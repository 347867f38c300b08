import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KpcError } from '../errors.ts';
import { loadValidatedYaml, readJson, schemaOf } from '../yaml/validated-yaml.ts';
import type { ErrorRow, Operation, Rule, Spec } from './types.ts';
import { packagePath } from '../package-root.ts';

/** The spec folder shipped with the package. */
export const DEFAULT_SPEC_DIR = `${packagePath('specs')}/`;

type ApiFile = Omit<Spec, 'operations'>;

/** Loads and validates every spec file in `dir`, then cross-checks references between them. */
export function loadSpec(dir: string = DEFAULT_SPEC_DIR): Spec {
  const schemaDir = new URL(`file://${join(dir, 'schema')}/`);
  const schemas = ['common', 'api', 'operation'].map((n) => readJson(new URL(`${n}.schema.json`, schemaDir)));
  const base = 'https://keypair-conformance/specs/schema/';
  const validateApi = schemaOf(schemas, `${base}api.schema.json`);
  const validateOp = schemaOf(schemas, `${base}operation.schema.json`);

  const api = loadValidatedYaml<ApiFile>(join(dir, 'api.yaml'), validateApi, 'KPC_SPEC');
  const operations: Record<string, Operation> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'api.yaml')
    .sort()) {
    const op = loadValidatedYaml<Operation>(join(dir, file), validateOp, 'KPC_SPEC');
    if (`${op.name}.yaml` !== file)
      throw new KpcError('KPC_SPEC', `${file}: declares operation ${op.name}; the file must be named ${op.name}.yaml`);
    operations[op.name] = op;
  }
  const spec: Spec = { ...api, operations };
  crossCheck(spec);
  checkFrom(spec, dir);
  return spec;
}

let cached: Spec | undefined;
/** The shipped spec, loaded once per process. */
export function defaultSpec(): Spec {
  cached ??= loadSpec();
  return cached;
}

// A rule taken from another document names a file the spec ships.
function checkFrom(spec: Spec, dir: string): void {
  for (const op of Object.values(spec.operations))
    for (const rule of op.rules)
      if (rule.from !== undefined && !existsSync(join(dir, rule.from)))
        throw new KpcError(
          'KPC_SPEC',
          `${op.name}.yaml: rule ${rule.id} is taken from ${rule.from}, which is not there`,
        );
}

// References the schema cannot check: rule ids, error codes, operation names.
function crossCheck(spec: Spec): void {
  const seen = new Set<string>();
  for (const op of Object.values(spec.operations)) {
    const codes = new Set([...op.errors, ...spec.commonErrors].map((e) => e.code));
    for (const rule of op.rules) {
      if (seen.has(rule.id)) throw new KpcError('KPC_SPEC', `${op.name}.yaml: rule id ${rule.id} is used twice`);
      seen.add(rule.id);
      if (rule.operation !== op.name)
        throw new KpcError('KPC_SPEC', `${op.name}.yaml: rule ${rule.id} names operation ${rule.operation}`);
      const v = rule.violation;
      const refs = v === undefined ? [] : 'error' in v ? [v.error] : 'oneOf' in v ? v.oneOf : [];
      for (const code of refs) {
        if (!codes.has(code))
          throw new KpcError(
            'KPC_SPEC',
            `${op.name}.yaml: rule ${rule.id} refers to error ${code}, which is in no error table`,
          );
      }
    }
    const ruleIds = new Set(op.rules.map((r) => r.id));
    const params = op.parameters.flatMap((p) => [p, ...(p.fields ?? [])]);
    for (const p of [...params, ...op.response]) {
      for (const id of p.rules) {
        if (!ruleIds.has(id))
          throw new KpcError(
            'KPC_SPEC',
            `${op.name}.yaml: ${p.name} refers to rule ${id}, which ${op.name} does not define`,
          );
      }
    }
  }
}

/** Every rule of every operation, in file order. */
export function allRules(spec: Spec): Rule[] {
  return Object.values(spec.operations).flatMap((op) => op.rules);
}

/** Finds a rule by id or throws. */
export function ruleById(spec: Spec, id: string): Rule {
  const rule = allRules(spec).find((r) => r.id === id);
  if (!rule) throw new KpcError('KPC_SPEC', `unknown rule id ${id}`);
  return rule;
}

/** The error row for a code as seen from an operation: its own table first, then the common errors. */
export function errorRow(spec: Spec, operation: string, code: string): ErrorRow | undefined {
  const op = spec.operations[operation];
  return op?.errors.find((e) => e.code === code) ?? spec.commonErrors.find((e) => e.code === code);
}
