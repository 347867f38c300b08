/**
 * What an XML body needs the spec for: which elements are lists (their item element repeats,
 * and one item or none is still a list) and which leaves are integers (text in XML, numbers
 * in JSON). Both come from the spec, so the XML and JSON forms of an answer read alike.
 */
import type { Spec } from './types.ts';

export interface XmlShape {
  /** List container element → item element. */
  lists: Readonly<Record<string, string>>;
  /** Response fields the spec types `integer`. */
  integers: ReadonlySet<string>;
}

/** The XML shape of every operation's response. */
export function xmlShapeOf(spec: Spec): XmlShape {
  const integers = new Set<string>();
  for (const op of Object.values(spec.operations))
    for (const f of op.response) if (f.type === 'integer') integers.add(f.name);
  return { lists: spec.formats.xmlLists, integers };
}
