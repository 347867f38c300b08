/**
 * Deterministic bindings for a case's `vars`: where a run makes fresh names and keys, the
 * contract uses names derived from the case id and the ssh-keygen fixtures, so that
 * regenerating the committed pact gives the same file. Keys a case cannot have without a
 * private half (the fixtures keep none) are refused, and the case is left out.
 */
import { createHash } from 'node:crypto';
import type { VarSpec } from '../cases/types.ts';
import {
  malformedBodies,
  md5Fingerprint,
  parseKeySpecId,
  parsePublicKeyBody,
  withComment,
  type GeneratedKey,
  type KeySpec,
} from '../keys/index.ts';
import { readFixture } from '../keys/fixtures.ts';
import { makeName } from '../runner/names.ts';

/** A fixture key: its spec id, one-line text and wire blob. */
export interface FixedKey {
  id: string;
  spec: KeySpec;
  publicKey: string;
  blob: Buffer;
  /** MD5 in the documented colon form. */
  fingerprint: string;
}

/** Values for `${…}` templates, and the keys behind key vars (for `fingerprint-of`). */
export interface FixedBindings {
  values: Record<string, string>;
  keys: Record<string, FixedKey>;
}

/** A case that cannot be bound deterministically; the reason goes into the generation log. */
export class UnbindableCase extends Error {}

/** Documented key types that stand in when a case wants two different keys of one kind. */
const SPARE_FIXTURES = [
  'ecdsa-nistp256',
  'ecdsa-nistp384',
  'ecdsa-nistp521',
  'rsa-2048',
  'rsa-3072',
  'rsa-4096',
  'dsa-1024',
];

const cache = new Map<string, FixedKey>();

/** The ssh-keygen fixture for a key spec id, parsed (comment dropped). */
export function fixedKey(id: string): FixedKey {
  const hit = cache.get(id);
  if (hit) return hit;
  const spec = parseKeySpecId(id);
  if (!spec) throw new UnbindableCase(`no key fixture for "${id}"`);
  const publicKey = withComment(readFixture(`${id}.pub`), '');
  const parsed = parsePublicKeyBody(publicKey);
  if (!parsed.ok) throw new Error(`fixture ${id}.pub does not parse: ${parsed.reason}`);
  const key: FixedKey = {
    id,
    spec,
    publicKey,
    blob: parsed.key.blob,
    fingerprint: md5Fingerprint(parsed.key.blob).colon,
  };
  cache.set(id, key);
  return key;
}

/** A PRNG seeded by a string: sha256 in counter mode, so names never depend on case order. */
export function seededRandom(seed: string): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}#${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** Five base36 characters derived from `s`: the part of a contract name that tells cases apart. */
export function shortHash(s: string): string {
  return (createHash('sha256').update(s).digest().readUInt32BE(0) % 36 ** 5).toString(36).padStart(5, '0');
}

function swapcase(s: string): string {
  return [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

/** Binds every var of a case, in declaration order, from its id and the fixtures alone. */
export function bindFixedVars(
  caseId: string,
  vars: Record<string, VarSpec> | undefined,
  builtins: Readonly<Record<string, string>>,
): FixedBindings {
  const b: FixedBindings = { values: { ...builtins }, keys: {} };
  const used = new Set<string>();
  // Two key vars of one kind get two different keys: a case that imports twice never sends one key under two names.
  const allocate = (id: string): FixedKey => {
    const pick = [id, ...SPARE_FIXTURES].find((k) => !used.has(k));
    if (pick === undefined) throw new UnbindableCase(`more key vars than fixtures in ${caseId}`);
    used.add(pick);
    return fixedKey(pick);
  };
  for (const [name, spec] of Object.entries(vars ?? {})) {
    const seed = `${caseId}/${name}`;
    if ('name' in spec) {
      b.values[name] = makeName(spec.name, `${builtins['token'] ?? ''}${shortHash(seed)}`, seededRandom(seed));
    } else if ('key' in spec) {
      if (spec.encoding !== undefined && spec.encoding !== 'openssh')
        throw new UnbindableCase(`${name}: ${spec.encoding} encoding is observed only`);
      const key = allocate(spec.key);
      b.keys[name] = key;
      b.values[name] = spec.comment === undefined ? key.publicKey : withComment(key.publicKey, spec.comment);
    } else if ('malformed' in spec) {
      if (spec.malformed.variant === 'private-key-pem')
        throw new UnbindableCase(`${name}: the fixtures keep no private keys`);
      const key = fixedKey(spec.malformed.of);
      const generated: GeneratedKey = {
        spec: key.spec,
        id: key.id,
        publicKey: key.publicKey,
        privateKeyPem: '',
        blob: key.blob,
        fingerprint: md5Fingerprint(key.blob),
      };
      const body = malformedBodies(generated).find((m) => m.id === spec.malformed.variant);
      if (!body) throw new UnbindableCase(`${name}: unknown malformed variant ${spec.malformed.variant}`);
      b.values[name] = body.body;
    } else if ('text' in spec) {
      const { length, fill = 'x', prefix = '', suffix = '' } = spec.text;
      const chars = [...fill];
      const n = Math.max(0, length - [...prefix].length - [...suffix].length);
      b.values[name] = `${prefix}${Array.from({ length: n }, (_, i) => chars[i % chars.length]).join('')}${suffix}`;
    } else if ('literal' in spec) {
      b.values[name] = spec.literal;
    } else {
      const base = b.values[spec.same];
      if (base === undefined)
        throw new UnbindableCase(`${name} refers to ${spec.same}, which is not defined before it`);
      const sameKey = b.keys[spec.same];
      if (sameKey) b.keys[name] = sameKey;
      b.values[name] =
        spec.transform === 'upper'
          ? base.toUpperCase()
          : spec.transform === 'lower'
            ? base.toLowerCase()
            : spec.transform === 'swapcase'
              ? swapcase(base)
              : base;
    }
  }
  return b;
}
