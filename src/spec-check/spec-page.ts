import type { Operation, Parameter, Spec } from '../spec/types.ts';
import { containsWording, sentences } from './normalize.ts';
import type { Page, PageParameter } from './page-model.ts';
import { citationsOf } from './sources.ts';

/**
 * The spec seen as a revision of the page: its parameter, response and error tables, its
 * key types, and as description the operation's description plus every sentence a rule
 * quotes that no table holds (the quota, the key types). Held against a page, it answers
 * "what does the spec say here".
 */

/** The ImportKeyPair operation of `spec` as a Page. */
export function specPage(spec: Spec, operation = 'ImportKeyPair'): Page {
  const op = spec.operations[operation]!;
  const page: Page = {
    label: 'the spec',
    format: 'spec',
    title: op.document.title,
    revision: op.document.revision,
    description: [],
    keyTypes: spec.keyTypes.documented.map((t) => t.toLowerCase()),
    parameters: op.parameters.flatMap(flatten),
    response: op.response.map((f) => ({ name: f.name, type: f.type, description: f.description })),
    errors: op.errors.map((e) => ({
      status: e.status,
      code: e.code,
      message: e.message,
      description: e.description ?? '',
    })),
  };
  page.description = [...sentences(op.description), ...quotesOutsideTables(op, page)];
  return page;
}

function flatten(p: Parameter): PageParameter[] {
  const own: PageParameter = { name: p.name, type: p.type, required: p.required, description: p.description };
  const fields = (p.fields ?? []).map((f) => ({
    name: `${p.name}.N.${f.name}`,
    type: f.type,
    required: f.required,
    description: f.description,
  }));
  return [own, ...fields];
}

// Longest first, so that "in each region" is found inside the quota sentence already taken.
function quotesOutsideTables(op: Operation, page: Page): string[] {
  const tables = [
    ...page.parameters.map((p) => p.description),
    ...page.response.map((f) => f.description),
    ...page.errors.map((e) => `${e.message} ${e.description}`),
  ];
  const out: string[] = [];
  const quoted = op.rules
    .filter((r) => r.evidence !== 'undocumented')
    .flatMap((r) => citationsOf(r).flatMap((c) => (c.kind === 'quote' ? [c.text] : [])))
    .sort((a, b) => b.length - a.length);
  for (const q of quoted)
    if (![...tables, ...sentences(op.description), ...out].some((t) => containsWording(t, q))) out.push(q);
  return out;
}
