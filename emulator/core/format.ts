/**
 * The form of an answer. The common documents (specs/source/vendor/) say the `Format`
 * parameter takes json or xml and defaults to xml: a V1 request gets what its Format asks
 * for, XML without one. A V3 request carries no Format and the documents do not say what it
 * gets; the emulator answers it JSON, as the official SDK expects, unless its Accept header
 * asks for XML. Both forms carry the same elements: XML's root is the envelope
 * (`<ImportKeyPairResponse>`, `<Error>`) and a list repeats its item element.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { RawHttpRequest } from '../../src/sign/index.ts';

export type AnswerFormat = 'json' | 'xml';

export const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';
export const XML_CONTENT_TYPE = 'text/xml;charset=utf-8';

const FORMAT_PARAM = /(?:^|&)Format=([^&]*)/;
const ACTION_PARAM = /(?:^|&)Action=/;

/**
 * The form the request asks for: its Format parameter when it has one; for a V3 request (an
 * Authorization header, or x-acs-action without an Action parameter) JSON unless Accept asks
 * for XML; else XML, the documented default. A V1 client may send x-acs-action too (pop-core
 * does), so the header alone does not make a request V3.
 */
export function answerFormat(raw: RawHttpRequest): AnswerFormat {
  const q = raw.url.indexOf('?');
  const query = q < 0 ? '' : raw.url.slice(q + 1);
  const body = formBody(raw);
  const asked = FORMAT_PARAM.exec(query) ?? FORMAT_PARAM.exec(body);
  if (asked) return asked[1]?.toLowerCase() === 'json' ? 'json' : 'xml';
  const h = raw.headers;
  const v3 =
    h['authorization'] !== undefined ||
    (h['x-acs-action'] !== undefined && !ACTION_PARAM.test(query) && !ACTION_PARAM.test(body));
  if (!v3) return 'xml';
  return /\b(?:application|text)\/xml\b/.test(String(h['accept'] ?? '')) ? 'xml' : 'json';
}

const decoder = new TextDecoder();

function formBody(raw: RawHttpRequest): string {
  const form = String(raw.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  return form ? decoder.decode(raw.body) : '';
}

const builder = new XMLBuilder({ ignoreAttributes: true, processEntities: true, suppressEmptyNode: false });

/** A body in the given form; `root` names the XML envelope. */
export function writeBody(format: AnswerFormat, root: string, body: Record<string, unknown>): string {
  if (format === 'json') return JSON.stringify(body);
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ [root]: body }) as string}`;
}

/** The content type of a body in the given form. */
export function contentTypeOf(format: AnswerFormat): string {
  return format === 'json' ? JSON_CONTENT_TYPE : XML_CONTENT_TYPE;
}
