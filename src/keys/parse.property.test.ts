import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blobTypeName, checkBlob } from './blob.ts';
import { PUB_FIXTURE_IDS, readFixture } from './fixtures.ts';
import { parsePublicKeyBody, type ParsedKeyResult } from './parse.ts';

const bodies = [
  ...PUB_FIXTURE_IDS.map((id) => `${id}.pub`),
  'rsa-2048.rfc4716.pub',
  'rsa-2048.pkcs8.pem',
  'rsa-2048.pkcs1.pem',
  'ecdsa-nistp256.pkcs8.pem',
].map((f) => readFixture(f));
const blobs = bodies.slice(0, PUB_FIXTURE_IDS.length).map((b) => {
  const [label = '', b64 = ''] = b.trim().split(' ');
  return { label, blob: Buffer.from(b64, 'base64') };
});

/** The property: a result is a rejection with a reason, or a key whose blob re-checks as the same key. */
function wellFormed(r: ParsedKeyResult): boolean {
  if (!r.ok) return typeof r.reason === 'string' && r.reason.length > 0;
  const again = checkBlob(r.key.blob);
  return again.ok && again.info.type === r.key.type && again.info.bits === r.key.bits;
}

/** One edit to a byte array: overwrite, insert, delete or truncate at a position. */
const byteEdit = fc.record({
  op: fc.constantFrom('set', 'insert', 'delete', 'truncate'),
  at: fc.nat(),
  value: fc.integer({ min: 0, max: 255 }),
});

function applyEdits(src: Uint8Array, edits: ReadonlyArray<{ op: string; at: number; value: number }>): Buffer {
  let b = [...src];
  for (const e of edits) {
    const i = b.length === 0 ? 0 : e.at % b.length;
    if (e.op === 'set') b[i] = e.value;
    else if (e.op === 'insert') b.splice(i, 0, e.value);
    else if (e.op === 'delete') b.splice(i, 1);
    else b = b.slice(0, i);
  }
  return Buffer.from(b);
}

describe('parsePublicKeyBody under random mutation', () => {
  test('mutated blobs behind their label parse to a structurally valid key or are rejected, never throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...blobs),
        fc.array(byteEdit, { minLength: 1, maxLength: 4 }),
        ({ label, blob }, edits) => {
          const mutated = applyEdits(blob, edits);
          const r = parsePublicKeyBody(`${label} ${mutated.toString('base64')}`);
          expect(wellFormed(r)).toBe(true);
          // Whatever is accepted is exactly the bytes that were sent, under the label that was sent.
          if (r.ok) expect(r.key.blob.equals(mutated) && r.key.type === label).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a mutated blob behind any label gets the answer of reading its type first, then checking it', () => {
    const labels = [...new Set(blobs.map((b) => b.label))];
    fc.assert(
      fc.property(
        fc.constantFrom(...blobs),
        fc.constantFrom(...labels),
        fc.array(byteEdit, { maxLength: 3 }),
        ({ blob }, label, edits) => {
          const mutated = applyEdits(blob, edits);
          fc.pre(mutated.length > 0); // an empty blob is refused before it is read
          const r = parsePublicKeyBody(`${label} ${mutated.toString('base64')}`);
          // The two-step reading this parse did before it read the type once.
          const inner = blobTypeName(mutated);
          const checked = checkBlob(mutated);
          if (!inner.ok) expect(r).toEqual({ ok: false, reason: `key blob is malformed: ${inner.reason}` });
          else if (inner.value !== label)
            expect(r.ok ? '' : r.reason).toMatch(/^type label .* does not match blob type/);
          else if (!checked.ok) expect(r).toEqual({ ok: false, reason: `key blob is malformed: ${checked.reason}` });
          else expect(r.ok && r.key.type === checked.info.type && r.key.bits === checked.info.bits).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('bodies with mutated bytes (any format) parse to a structurally valid key or are rejected, never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.array(byteEdit, { minLength: 1, maxLength: 4 }), (body, edits) => {
        const mutated = applyEdits(Buffer.from(body, 'utf8'), edits).toString('utf8');
        expect(wellFormed(parsePublicKeyBody(mutated))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('arbitrary strings never make the parser throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(wellFormed(parsePublicKeyBody(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
