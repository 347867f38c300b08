/**
 * The V3 `Authorization` header:
 * `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`.
 * Tolerant of blanks around the separators (hand-written clients add them), strict
 * about everything else: an unknown or repeated field means the client and server may
 * read the header differently, so it is refused rather than guessed at.
 */
import { V3_ALGORITHM } from './sign-v3.ts';

export interface AuthorizationV3 {
  accessKeyId: string;
  /** Lower-cased and trimmed, in the client's order. */
  signedHeaders: string[];
  signature: string;
}

export type ParseAuthorizationResult = { ok: true; auth: AuthorizationV3 } | { ok: false; reason: string };

const FIELDS = ['Credential', 'SignedHeaders', 'Signature'] as const;
type Field = (typeof FIELDS)[number];

// The form signing clients send: fields in order, single separators, no blanks, no empty
// header names. One pattern reads it; anything else takes the field-by-field way.
const WELL_FORMED =
  /^ACS3-HMAC-SHA256 Credential=([^\s,=]+),SignedHeaders=([^\s,=;]+(?:;[^\s,=;]+)*),Signature=([^\s,=]+)$/;

const SIGNATURE_VALUE = /^[^\s,=]+$/;

/**
 * The last well-formed header's text up to its signature, and what it says: a client sends
 * the same credential and signed headers with every request, and only the signature differs.
 */
let lastHead = { head: '', accessKeyId: '', signedHeaders: [] as readonly string[] };

/** Parses an ACS3-HMAC-SHA256 Authorization header value, naming the defect if any. */
export function parseAuthorizationV3(value: string): ParseAuthorizationResult {
  const { head, accessKeyId, signedHeaders } = lastHead;
  // The head matched the pattern's first part and the rest is a signature: the whole matches it.
  // (A slice compared whole is several times faster than startsWith over ~170 characters.)
  if (head !== '' && value.slice(0, head.length) === head) {
    const signature = value.slice(head.length);
    if (SIGNATURE_VALUE.test(signature))
      return { ok: true, auth: { accessKeyId, signedHeaders: [...signedHeaders], signature } };
  }
  const w = WELL_FORMED.exec(value);
  if (w === null) return parseAuthorizationV3Fields(value);
  const names = w[2]!.split(';').map((h) => h.toLowerCase());
  const signature = w[3]!;
  lastHead = { head: value.slice(0, value.length - signature.length), accessKeyId: w[1]!, signedHeaders: names };
  return { ok: true, auth: { accessKeyId: w[1]!, signedHeaders: [...names], signature } };
}

/** parseAuthorizationV3 field by field: any order and spacing it tolerates, and the reason for a defect. */
export function parseAuthorizationV3Fields(value: string): ParseAuthorizationResult {
  const m = /^\s*(\S+)\s+(\S[\s\S]*)$/.exec(value);
  if (!m) return fail(`expected "${V3_ALGORITHM} Credential=...,SignedHeaders=...,Signature=..."`);
  const [, algorithm = '', rest = ''] = m;
  if (algorithm !== V3_ALGORITHM) return fail(`unsupported signature algorithm "${algorithm}"`);
  const found = new Map<Field, string>();
  for (const part of rest.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return fail(`"${part.trim()}" is not a name=value field`);
    const name = part.slice(0, eq).trim();
    if (!isField(name)) return fail(`unknown field "${name}"`);
    if (found.has(name)) return fail(`field "${name}" appears more than once`);
    const fieldValue = part.slice(eq + 1).trim();
    // A blank inside a value means the client separated fields with spaces, not commas.
    if (/\s/.test(fieldValue)) return fail(`field "${name}" contains a blank (fields are separated by commas)`);
    found.set(name, fieldValue);
  }
  for (const f of FIELDS) {
    if (!found.get(f)) return fail(`field "${f}" is missing or empty`);
  }
  const signedHeaders = found
    .get('SignedHeaders')!
    .split(';')
    .map((h) => h.trim().toLowerCase());
  if (signedHeaders.some((h) => h === '')) return fail('SignedHeaders contains an empty header name');
  return {
    ok: true,
    auth: { accessKeyId: found.get('Credential')!, signedHeaders, signature: found.get('Signature')! },
  };
}

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

function fail(reason: string): ParseAuthorizationResult {
  return { ok: false, reason };
}
