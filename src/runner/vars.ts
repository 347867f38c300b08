import {
  parseKeySpecId,
  generateKey,
  withComment,
  malformedBodies,
  type GeneratedKey,
  type KeySpec,
} from '../keys/index.ts';
import type { VarSpec } from '../cases/types.ts';
import { KpcError } from '../errors.ts';
import { encodePem, encodeRfc4716 } from './key-encodings.ts';
import { makeName } from './names.ts';

/**
 * Resolves a case's `vars` to concrete values for this run: unique names, fresh keys,
 * malformed bodies. Keys are kept beside their text so `fingerprint-of` can compute the
 * expected fingerprint without trusting the target.
 */

/** Values a case's templates can refer to. */
export interface Bindings {
  values: Record<string, string>;
  keys: Record<string, GeneratedKey>;
}

/** What resolution needs from the run: its token, a counter for unique names, randomness. */
export interface VarContext {
  token: string;
  nextSerial: () => number;
  random: () => number;
  builtins: Record<string, string>;
  /**
   * Whether a name is already taken on the target. Names too short to carry the run token
   * are random; on a real account one could be a user's own key pair, which would make a
   * correct service answer KeyPair.AlreadyExist. Such names are drawn again until free.
   */
  isTaken?: (name: string) => Promise<boolean>;
  /** Makes keys; default generateKey (fresh from node:crypto). */
  keyFactory?: (spec: KeySpec) => Promise<GeneratedKey>;
}

const MAX_DRAWS = 8;

async function freshKey(
  id: string,
  factory: (spec: KeySpec) => Promise<GeneratedKey> = generateKey,
): Promise<GeneratedKey> {
  const spec = parseKeySpecId(id);
  if (!spec) throw new KpcError('KPC_CASE_FILE', `unknown key type "${id}"`);
  return factory(spec);
}

// A malformed body is refused, never stored, so one source key per type serves every
// malformed case of a run: RSA and DSA generation is the costliest work a run does.
const malformedSources = new Map<string, Promise<GeneratedKey>>();
function malformedSource(id: string): Promise<GeneratedKey> {
  let key = malformedSources.get(id);
  if (key === undefined) {
    key = freshKey(id);
    malformedSources.set(id, key);
    key.catch(() => malformedSources.delete(id));
  }
  return key;
}

function swapcase(s: string): string {
  return [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

/** Resolves every var of a case, in declaration order (so `same` can refer to earlier vars). */
export async function resolveVars(vars: Record<string, VarSpec> | undefined, ctx: VarContext): Promise<Bindings> {
  const b: Bindings = { values: { ...ctx.builtins, token: ctx.token }, keys: {} };
  for (const [name, spec] of Object.entries(vars ?? {})) {
    if ('name' in spec) {
      let value = makeName(spec.name, `${ctx.token}${ctx.nextSerial().toString(36)}`, ctx.random);
      for (
        let draw = 1;
        ctx.isTaken && !value.includes(ctx.token) && draw < MAX_DRAWS && (await ctx.isTaken(value));
        draw++
      ) {
        value = makeName(spec.name, `${ctx.token}${ctx.nextSerial().toString(36)}`, ctx.random);
      }
      b.values[name] = value;
    } else if ('key' in spec) {
      const key = await freshKey(spec.key, ctx.keyFactory);
      b.keys[name] = key;
      const encoding = spec.encoding ?? 'openssh';
      if (encoding === 'pem') b.values[name] = encodePem(key);
      else if (encoding === 'rfc4716') b.values[name] = encodeRfc4716(key, spec.comment);
      else b.values[name] = spec.comment === undefined ? key.publicKey : withComment(key.publicKey, spec.comment);
    } else if ('malformed' in spec) {
      const key = await malformedSource(spec.malformed.of);
      const body = malformedBodies(key).find((m) => m.id === spec.malformed.variant);
      if (!body)
        throw new KpcError('KPC_CASE_FILE', `unknown malformed variant "${spec.malformed.variant}" in var ${name}`);
      b.values[name] = body.body;
    } else if ('text' in spec) {
      const { length, fill = 'x', prefix = '', suffix = '' } = spec.text;
      const fillChars = [...fill];
      const n = Math.max(0, length - [...prefix].length - [...suffix].length);
      let mid = '';
      for (let i = 0; i < n; i++) mid += fillChars[i % fillChars.length];
      b.values[name] = `${prefix}${mid}${suffix}`;
    } else if ('literal' in spec) {
      b.values[name] = spec.literal;
    } else {
      const base = b.values[spec.same];
      if (base === undefined)
        throw new KpcError('KPC_CASE_FILE', `var ${name} refers to ${spec.same}, which is not defined before it`);
      if (b.keys[spec.same]) b.keys[name] = b.keys[spec.same]!;
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

/** Replaces `${name}` in a template with bound values; an unknown name is a case-file error. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, n: string) => {
    const v = values[n];
    if (v === undefined)
      throw new KpcError(
        'KPC_CASE_FILE',
        `\${${n}} is not defined (vars, saved values and ${Object.keys(values)
          .filter((k) => !k.startsWith('_'))
          .slice(0, 8)
          .join(', ')} are)`,
      );
    return v;
  });
}
