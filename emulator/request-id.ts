/**
 * Request ids as the real service writes them: a random (version 4) UUID in upper case.
 * One string a request, from random bytes drawn 256 ids at a time: `randomUUID()` builds
 * its string from some twenty pieces and `toUpperCase()` copies it again, for every request.
 */
import { randomFillSync } from 'node:crypto';

const IDS_PER_DRAW = 256;
const pool = Buffer.alloc(16 * IDS_PER_DRAW);
let next = IDS_PER_DRAW;
const out = Buffer.alloc(36);
const HEX = Buffer.from('0123456789ABCDEF', 'latin1');

/** A fresh random UUID, upper case (`8-4-4-4-12` hex digits, version 4, RFC 4122 variant). */
export function newRequestId(): string {
  if (next === IDS_PER_DRAW) {
    randomFillSync(pool);
    next = 0;
  }
  const at = 16 * next++;
  let o = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out[o++] = 0x2d; // '-'
    const drawn = pool[at + i]!;
    // The version (4) in the high half of byte 6, the variant (binary 10) in the top bits of byte 8.
    const byte = i === 6 ? (drawn & 0x0f) | 0x40 : i === 8 ? (drawn & 0x3f) | 0x80 : drawn;
    out[o++] = HEX[byte >> 4]!;
    out[o++] = HEX[byte & 0x0f]!;
  }
  return out.toString('latin1', 0, 36);
}
