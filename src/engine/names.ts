import type { NameSpec } from '../cases/types.ts';

/**
 * Turns a NameSpec into a concrete name for this run: prefix + core + suffix, where the
 * core is the run's token (plus a per-name counter, so names within a run differ) with the
 * infix before the counter's last character, padded to the exact length. The token stays
 * whole, so teardown finds the name by one wildcard listing of the run's names. Where the token does not fit, the core
 * is random characters of the fill alphabet, which still makes a collision with a user's
 * own key pair vanishingly unlikely (2 CJK characters: 4×10^8 names).
 */

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CJK_START = 0x4e00;
const CJK_COUNT = 0x9fa5 - 0x4e00;

function fillChar(fill: 'latin' | 'cjk', random: () => number): string {
  if (fill === 'cjk') return String.fromCodePoint(CJK_START + Math.floor(random() * CJK_COUNT));
  return LATIN[Math.floor(random() * LATIN.length)]!;
}

function len(s: string): number {
  return [...s].length;
}

/** A concrete name for `spec`; `unique` is the token plus a counter (letters and digits). */
export function makeName(spec: NameSpec, unique: string, random: () => number): string {
  const prefix = spec.prefix ?? '';
  const suffix = spec.suffix ?? '';
  const infix = spec.infix ?? '';
  const fill = spec.fill ?? 'latin';
  const core = infix ? `${unique.slice(0, -1)}${infix}${unique.slice(-1)}` : unique;
  // A name must start with a letter unless the spec's prefix decides otherwise.
  const lead = prefix === '' && !/^\p{L}/u.test(core) ? 'k' : '';
  const natural = `${prefix}${lead}${core}${suffix}`;
  if (spec.length === undefined) return natural;
  const fixed = len(prefix) + len(infix) + len(suffix);
  if (len(natural) <= spec.length) {
    let pad = '';
    for (let i = len(natural); i < spec.length; i++) pad += fill === 'cjk' ? fillChar('cjk', random) : 'a';
    return `${prefix}${lead}${core}${pad}${suffix}`;
  }
  // Too short for the token: random fill characters around the infix.
  const n = Math.max(0, spec.length - fixed);
  let left = '';
  let right = '';
  for (let i = 0; i < n; i++) {
    if (infix && i >= Math.ceil(n / 2)) right += fillChar(fill, random);
    else left += fillChar(fill, random);
  }
  return `${prefix}${left}${infix}${right}${suffix}`;
}
