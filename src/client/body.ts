/**
 * The one reader of a response body. The API answers JSON or XML (the `Format` common
 * parameter; see the IKP-FMT-* rules); both read into the same value, so every matcher,
 * check and classification works on either: an XML answer's root element is the envelope
 * (`<ImportKeyPairResponse>`, `<Error>`), its children are the body. List elements become
 * arrays and integer fields numbers as the spec's XML shape says; every other leaf stays
 * the text it was. Parsing is fast-xml-parser's; nothing here reads XML by hand.
 */
import { XMLParser } from 'fast-xml-parser';
import { defaultSpec } from '../spec/load.ts';
import { xmlShapeOf, type XmlShape } from '../spec/xml-shape.ts';

/** The form a body came in: what a case's `envelope.format` matches. */
export type BodyFormat = 'json' | 'xml';

/** A body as read: the value matchers see, its format and, for XML, the root element's name. */
export interface ReadBody {
  body: unknown;
  format: BodyFormat | undefined;
  root?: string;
}

/** An XML root the API uses: `<ActionResponse>` for a success, `<Error>` for an error. */
const API_ROOT = /^(?:[A-Z][A-Za-z0-9]*Response|Error)$/;

let shape: XmlShape | undefined;
function defaultShape(): XmlShape {
  shape ??= xmlShapeOf(defaultSpec());
  return shape;
}

/** Reads a body as JSON or XML by its first character; anything else (or broken) has no body. */
export function readBody(text: string, xml: XmlShape = defaultShape()): ReadBody {
  const head = text.trimStart()[0];
  if (head === '{' || head === '[') return { body: parseJson(text), format: 'json' };
  if (head === '<') return readXml(text, xml);
  return { body: undefined, format: undefined };
}

/** The parsed JSON body, or undefined for anything that is not JSON (recorded, never thrown). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parserFor(xml: XmlShape): XMLParser {
  const items = new Set(Object.values(xml.lists));
  return new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => items.has(name),
  });
}

const parsers = new WeakMap<XmlShape, XMLParser>();

function readXml(text: string, xml: XmlShape): ReadBody {
  let parser = parsers.get(xml);
  if (!parser) parsers.set(xml, (parser = parserFor(xml)));
  let doc: unknown;
  try {
    doc = parser.parse(text, true);
  } catch {
    return { body: undefined, format: 'xml' };
  }
  const roots = isRecord(doc) ? Object.keys(doc) : [];
  const root = roots.length === 1 ? roots[0]! : undefined;
  if (root === undefined || !API_ROOT.test(root)) return { body: undefined, format: 'xml', ...(root ? { root } : {}) };
  const content = (doc as Record<string, unknown>)[root];
  return { body: typed(content === '' ? {} : content, xml), format: 'xml', root };
}

/** An empty list container becomes `{ Item: [] }`, as JSON has it; integer fields become numbers. */
function typed(value: unknown, xml: XmlShape): unknown {
  if (Array.isArray(value)) return value.map((v) => typed(v, xml));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const item = xml.lists[k];
    if (item !== undefined && v === '') out[k] = { [item]: [] };
    else if (xml.integers.has(k) && typeof v === 'string' && /^-?\d+$/.test(v)) out[k] = Number(v);
    else out[k] = typed(v, xml);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
