import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KpcError } from '../errors.ts';
import { loadValidatedYaml, parseValidatedYaml, readJson, schemaOf, type Schema } from '../yaml/validated-yaml.ts';
import { caseProblems } from './check.ts';
import type { Case, CaseFile } from './types.ts';
import { packagePath } from '../package-root.ts';

/** The suites folder shipped with the package. */
export const DEFAULT_SUITES_DIR = `${packagePath('suites')}/`;

const SCHEMA_ID = 'https://keypair-conformance/suites/schema/case-file.schema.json';
let schema: Schema | undefined;
function caseSchema(): Schema {
  schema ??= schemaOf([readJson(new URL('schema/case-file.schema.json', `file://${DEFAULT_SUITES_DIR}`))], SCHEMA_ID);
  return schema;
}

/** A case with the file it came from, for error messages and reports. */
export interface LoadedCase extends Case {
  file: string;
  suite: string;
  origin: CaseFile['origin'];
}

/** Parses and validates case-file text; errors name the file and line. */
export function parseCaseFile(text: string, file: string): CaseFile {
  return parseValidatedYaml<CaseFile>(text, file, caseSchema(), 'KPC_CASE_FILE');
}

/** Loads one case file. */
export function loadCaseFile(file: string): CaseFile {
  return loadValidatedYaml<CaseFile>(file, caseSchema(), 'KPC_CASE_FILE');
}

/** The entries of a case folder, or a case-file fault naming it. */
function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    throw new KpcError(
      'KPC_CASE_FILE',
      `${dir}: cannot read the case folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/** Every *.yaml under `dir` (recursively, sorted), except the schema folder. */
export function caseFilesIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of entries(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) {
      if (entry !== 'schema') out.push(...caseFilesIn(p));
    } else if (entry.endsWith('.yaml') || entry.endsWith('.yml')) out.push(p);
  }
  return out;
}

/** Loads every case under `dir`; case ids must be unique across files. */
export function loadCases(dir: string = DEFAULT_SUITES_DIR): LoadedCase[] {
  const seen = new Map<string, string>();
  const cases: LoadedCase[] = [];
  for (const file of caseFilesIn(dir)) {
    const rel = relative(dir, file);
    const cf = loadCaseFile(file);
    for (const c of cf.cases) {
      const prev = seen.get(c.id);
      if (prev) throw new KpcError('KPC_CASE_FILE', `${rel}: case id ${c.id} is already used in ${prev}`);
      const problems = caseProblems(c);
      if (problems.length > 0) throw new KpcError('KPC_CASE_FILE', `${rel}: case ${c.id} ${problems.join('; ')}`);
      seen.set(c.id, rel);
      cases.push({ ...c, file: rel, suite: cf.suite, origin: cf.origin });
    }
  }
  return cases;
}
