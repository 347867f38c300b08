/**
 * Mutants of the response format (the Format common parameter, rules IKP-FMT-* and
 * DKP-FMT-XML): a target that ignores what the request asks for, and one whose XML writes
 * a list without its container element.
 */
import { writeBody } from '../core/format.ts';
import { defineMutant } from './define.ts';
import type { Mutant } from './types.ts';

/** A body whose lists (`{ KeyPair: [...] }` inside `KeyPairs`) lose their container: the items sit in its parent. */
function unwrapLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapLists);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const inner = typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v) : [];
    const [only] = inner;
    if (inner.length === 1 && Array.isArray(only![1])) out[only![0]] = unwrapLists(only![1]);
    else out[k] = unwrapLists(v);
  }
  return out;
}

/** The format mutants. */
export const FORMAT_MUTANTS: readonly Mutant[] = [
  defineMutant({
    name: 'format-always-json',
    area: 'format',
    rules: ['IKP-FMT-XML', 'IKP-FMT-DEFAULT-XML', 'DKP-FMT-XML'],
    description: 'answers JSON whatever the request asks for (Format=xml, or no Format)',
    change: { answerFormat: () => 'json' },
  }),
  defineMutant({
    name: 'format-always-xml',
    area: 'format',
    rules: ['IKP-FMT-JSON'],
    description: 'answers XML whatever the request asks for (Format=json, or V3)',
    change: { answerFormat: () => 'xml' },
  }),
  defineMutant({
    name: 'xml-lists-unwrapped',
    area: 'format',
    rules: ['DKP-FMT-XML'],
    description: 'writes an XML list as bare item elements, without its container (<KeyPair> without <KeyPairs>)',
    change: {
      writeBody: (format, root, body) =>
        writeBody(format, root, format === 'xml' ? (unwrapLists(body) as Record<string, unknown>) : body),
    },
  }),
];
