/**
 * Binds a case's `vars` to concrete values, in declaration order (so `same` can refer to
 * earlier vars). One binder serves every use: a run draws fresh names and keys from its
 * source, the Pact contract draws names from the case id and keys from the fixtures. Keys
 * are kept beside their text so `fingerprint-of` computes the expected fingerprint without
 * trusting the target.
 */
import { createPublicKey } from 'node:crypto';
import type { NameSpec, VarSpec } from '../cases/types.ts';
import { KpcError } from '../errors.ts';
import { malformedBodies, withComment, type GeneratedKey } from '../keys/index.ts';

/** Values a case's templates can refer to, and the keys behind key vars. */
export interface Bindings {
  values: Record<string, string>;
  keys: Record<string, GeneratedKey>;
}

/** Where fresh values come from; a source may refuse what it cannot provide (a KpcError). */
export interface VarSource {
  /** A concrete name for `spec`, bound to var `varName`. */
  name(spec: NameSpec, varName: string): Promise<string>;
  /** A key of type `specId` (e.g. `rsa-2048`), bound to var `varName`; never one handed out before. */
  key(specId: string, varName: string): Promise<GeneratedKey>;
  /** The valid key the malformed bodies of type `specId` are cut from (refused, never stored: it may be shared). */
  malformedSource(specId: string): Promise<GeneratedKey>;
}

function swapcase(s: string): string {
  return [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

function transform(base: string, t: 'upper' | 'lower' | 'swapcase' | undefined): string {
  if (t === 'upper') return base.toUpperCase();
  if (t === 'lower') return base.toLowerCase();
  return t === 'swapcase' ? swapcase(base) : base;
}

/** A string of exactly `length` code points: prefix, `fill` repeated, suffix. */
export function textOf(t: { length: number; fill?: string; prefix?: string; suffix?: string }): string {
  const { length, fill = 'x', prefix = '', suffix = '' } = t;
  const chars = [...fill];
  const n = Math.max(0, length - [...prefix].length - [...suffix].length);
  return `${prefix}${Array.from({ length: n }, (_, i) => chars[i % chars.length]).join('')}${suffix}`;
}

/** The key in RFC 4716 armour, lines of at most 70 characters. */
function rfc4716(key: GeneratedKey, comment: string | undefined): string {
  const lines = key.blob.toString('base64').match(/.{1,70}/g) ?? [];
  const header = comment === undefined ? [] : [`Comment: "${comment}"`];
  return ['---- BEGIN SSH2 PUBLIC KEY ----', ...header, ...lines, '---- END SSH2 PUBLIC KEY ----', ''].join('\n');
}

/** The key as PEM SubjectPublicKeyInfo, derived from its private half (observations only). */
function pem(key: GeneratedKey, varName: string): string {
  if (key.privateKeyPem === '') throw new KpcError('KPC_CASE_FILE', `${varName}: a PEM body needs a private key`);
  return createPublicKey(key.privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
}

function encode(key: GeneratedKey, spec: Extract<VarSpec, { key: string }>, varName: string): string {
  if (spec.encoding === 'pem') return pem(key, varName);
  if (spec.encoding === 'rfc4716') return rfc4716(key, spec.comment);
  return spec.comment === undefined ? key.publicKey : withComment(key.publicKey, spec.comment);
}

async function malformed(source: VarSource, m: { of: string; variant: string }, varName: string): Promise<string> {
  const body = malformedBodies(await source.malformedSource(m.of)).find((x) => x.id === m.variant);
  if (!body) throw new KpcError('KPC_CASE_FILE', `unknown malformed variant "${m.variant}" in var ${varName}`);
  if (body.body === '' && m.variant === 'private-key-pem') {
    throw new KpcError('KPC_CASE_FILE', `${varName}: a private-key body needs a private key`);
  }
  return body.body;
}

/** A name spec with its prefix, infix and suffix interpolated: they may refer to earlier vars and built-ins. */
function affixed(spec: NameSpec, values: Readonly<Record<string, string>>): NameSpec {
  const out: NameSpec = { ...spec };
  for (const part of ['prefix', 'infix', 'suffix'] as const) {
    const text = out[part];
    if (text !== undefined) out[part] = interpolate(text, values);
  }
  return out;
}

async function bindOne(b: Bindings, varName: string, spec: VarSpec, source: VarSource): Promise<void> {
  if ('name' in spec) b.values[varName] = await source.name(affixed(spec.name, b.values), varName);
  else if ('key' in spec) {
    const key = await source.key(spec.key, varName);
    b.keys[varName] = key;
    b.values[varName] = encode(key, spec, varName);
  } else if ('malformed' in spec) b.values[varName] = await malformed(source, spec.malformed, varName);
  else if ('text' in spec) b.values[varName] = textOf(spec.text);
  else if ('literal' in spec) b.values[varName] = spec.literal;
  else {
    const base = b.values[spec.same];
    if (base === undefined) {
      throw new KpcError('KPC_CASE_FILE', `var ${varName} refers to ${spec.same}, which is not defined before it`);
    }
    const sameKey = b.keys[spec.same];
    if (sameKey) b.keys[varName] = sameKey;
    b.values[varName] = transform(base, spec.transform);
  }
}

/** Binds every var of a case on top of the built-in variables. */
export async function bindVars(
  vars: Record<string, VarSpec> | undefined,
  builtins: Readonly<Record<string, string>>,
  source: VarSource,
): Promise<Bindings> {
  const b: Bindings = { values: { ...builtins }, keys: {} };
  for (const [name, spec] of Object.entries(vars ?? {})) await bindOne(b, name, spec, source);
  return b;
}

/** Replaces `${name}` in a template with bound values; an unknown name is a case-file error. */
export function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\$\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, n: string) => {
    const v = values[n];
    if (v !== undefined) return v;
    const known = Object.keys(values).filter((k) => !k.startsWith('_'));
    throw new KpcError(
      'KPC_CASE_FILE',
      `\${${n}} is not defined (vars, saved values and ${known.slice(0, 8).join(', ')} are)`,
    );
  });
}
