import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { KpcError, type KpcErrorCode } from '../errors.ts';
import { cache, cached, cacheKey } from './cache.ts';

/**
 * YAML files validated by a JSON Schema, with errors that name the file and the line.
 * Both the spec and the case files go through here, so a typo in either reads the same.
 */

/** A schema set and its root: compiled only when a file must really be validated (not on a cache hit). */
export interface Schema {
  /** A fingerprint of the schemas' text and the root id: part of every cache key. */
  fingerprint: string;
  validator(): ValidateFunction;
}

/** One schema set; schemas may reference each other by $id. */
export function schemaOf(schemas: object[], rootId: string): Schema {
  let validate: ValidateFunction | undefined;
  return {
    fingerprint: `${rootId} ${JSON.stringify(schemas)}`,
    validator() {
      if (validate) return validate;
      const ajv = new Ajv({ allErrors: true, strict: false });
      for (const s of schemas) ajv.addSchema(s);
      validate = ajv.getSchema(rootId);
      if (!validate) throw new KpcError('KPC_INTERNAL', `schema ${rootId} is not among the compiled schemas`);
      return validate;
    },
  };
}

/** Reads a JSON file (a schema) relative to a module URL. */
export function readJson(url: URL): object {
  return JSON.parse(readFileSync(url, 'utf8')) as object;
}

/**
 * Parses YAML text and validates it (or takes it from the cache); throws KpcError(code)
 * naming file, line and problem.
 */
export function parseValidatedYaml<T>(text: string, file: string, schema: Schema, code: KpcErrorCode): T {
  const key = cacheKey(schema.fingerprint, text);
  const hit = cached<T>(key);
  if (hit !== undefined) return hit;
  const value = validated<T>(text, file, schema.validator(), code);
  cache(key, value);
  return value;
}

function validated<T>(text: string, file: string, validate: ValidateFunction, code: KpcErrorCode): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.pos[0];
    const { line, col } = lineCounter.linePos(pos);
    throw new KpcError(code, `${file}:${line}:${col}: invalid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (!validate(value)) {
    const errors = validate.errors ?? [];
    const best = mostSpecific(errors);
    const line = best ? lineOf(doc, lineCounter, best.instancePath) : 1;
    const where = best?.instancePath || '(root)';
    const detail = best ? describe(best) : 'does not match the schema';
    throw new KpcError(code, `${file}:${line}: ${where} ${detail}`);
  }
  return value as T;
}

/** Reads and validates a YAML file. */
export function loadValidatedYaml<T>(file: string, schema: Schema, code: KpcErrorCode): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new KpcError(code, `${file}: cannot read: ${(cause as Error).message}`, { cause });
  }
  return parseValidatedYaml<T>(text, file, schema, code);
}

// oneOf failures report every branch; the deepest path is the one a person can act on.
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const pool = useful.length > 0 ? useful : errors;
  return [...pool].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `has an unknown property "${String(p.additionalProperty)}"`;
    case 'required':
      return `is missing the required property "${String(p.missingProperty)}"`;
    case 'enum':
      return `must be one of ${JSON.stringify(p.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    default:
      return e.message ?? 'is invalid';
  }
}

function lineOf(doc: Document, lc: LineCounter, pointer: string): number {
  const path = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  // Walk up until a node with a position is found (a missing property has none).
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
  }
  return 1;
}
