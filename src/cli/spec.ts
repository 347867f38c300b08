import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_SUITES_DIR, loadCases } from '../cases/load.ts';
import { KpcError } from '../errors.ts';
import { codeRefs, ruleRefs } from '../cases/refs.ts';
import { checkAgainstSpec, checkPages } from '../spec-check/check.ts';
import { readPage } from '../spec-check/page.ts';
import { renderJson, renderMarkdown } from '../spec-check/render.ts';
import type { CaseIndex } from '../spec-check/types.ts';
import { DEFAULT_SPEC_DIR, loadSpec } from '../spec/load.ts';
import { defineCommand } from './command.ts';
import { EXIT } from './exit.ts';

/** `kpc spec check DOC`: the drift of a revision of the page; exit 1 on drift. */
export const SPEC_CHECK = defineCommand({
  name: 'spec check',
  summary: 'Holds a revision of the ImportKeyPair page against the spec (or another revision), rule by rule.',
  usage: 'DOC [--against NEW] [--format md|json] [--out FILE]',
  description: [
    "Each rule's quoted sentence is unchanged, changed (old sentence, nearest new one, what differs) or gone;",
    'then the differences of the parameter, response and error tables, key types, new statements no rule',
    'covers, and for each change the cases of suites/ that cite it. DOC is plain text copied from the page or',
    'the vendor\'s markdown source; its revision date comes from its "Last Updated" line, else from a',
    'yyyy-mm-dd in its file name. Layout (tables or text, markdown escapes, line breaks, backticks, the case',
    'of key type names) is ignored. The maintenance loop: docs/maintenance.md.',
  ].join('\n'),
  flags: {
    against: {
      type: 'string',
      placeholder: 'NEW',
      help: 'hold DOC (the old revision) against NEW, another revision',
      default: 'DOC against the spec',
    },
    format: { type: 'string', placeholder: 'md|json', help: 'output format', default: 'md' },
    out: { type: 'string', placeholder: 'FILE', help: 'write the output to FILE', default: 'standard output' },
    spec: { type: 'string', placeholder: 'DIR', help: 'the spec to hold DOC against', default: 'the shipped specs/' },
    cases: {
      type: 'string',
      placeholder: 'DIR',
      help: 'the cases whose citations are listed',
      default: 'the shipped suites/',
    },
  },
  exits: '0 no drift, 1 drift, 2 a file that is not such a page, or bad usage.',
  async run({ values: v, positionals }, io) {
    const format = v.format ?? 'md';
    if (format !== 'md' && format !== 'json')
      throw new KpcError('KPC_USAGE', `--format must be md or json (got "${format}")`);
    if (positionals.length !== 1) {
      throw new KpcError(
        'KPC_USAGE',
        `expected one revision of the page, DOC (got ${positionals.length}); see kpc spec check --help`,
      );
    }
    const specDir = resolve(v.spec ?? DEFAULT_SPEC_DIR);
    const spec = loadSpec(specDir);
    const inputs = {
      spec,
      cases: caseIndex(resolve(v.cases ?? DEFAULT_SUITES_DIR)),
      sourceText: sourceText(specDir, spec),
    };
    const doc = pageAt(positionals[0]!);
    const drift = v.against ? checkPages(doc, pageAt(v.against), inputs) : checkAgainstSpec(doc, inputs);
    const text = format === 'json' ? renderJson(drift) : renderMarkdown(drift);
    if (v.out) {
      writeFileSync(v.out, text);
      io.err(`${drift.drift ? 'drift' : 'no drift'}: written to ${v.out}\n`);
    } else io.out(text);
    return drift.drift ? EXIT.findings : EXIT.ok;
  },
});

function pageAt(file: string): ReturnType<typeof readPage> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new KpcError(
      'KPC_USAGE',
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return readPage(text, basename(file));
}

// The spec's own source text; a spec without one is still checked, with no statements known beyond it.
function sourceText(specDir: string, spec: ReturnType<typeof loadSpec>): string | undefined {
  try {
    return readFileSync(join(specDir, spec.operations.ImportKeyPair!.document.source), 'utf8');
  } catch {
    return undefined;
  }
}

function caseIndex(dir: string): CaseIndex {
  const index: CaseIndex = { byRule: {}, byCode: {} };
  for (const c of loadCases(dir)) {
    for (const r of ruleRefs(c)) (index.byRule[r] ??= []).push(c.id);
    for (const code of codeRefs(c)) (index.byCode[code] ??= []).push(c.id);
  }
  return index;
}
