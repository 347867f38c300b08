import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAuthorizationV3, parseAuthorizationV3Fields } from './authorization.ts';

describe('parseAuthorizationV3', () => {
  test('reads the three fields', () => {
    expect(parseAuthorizationV3('ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;x-acs-date,Signature=ab12')).toEqual(
      {
        ok: true,
        auth: { accessKeyId: 'id', signedHeaders: ['host', 'x-acs-date'], signature: 'ab12' },
      },
    );
  });

  test('tolerates blanks after commas and lower-cases signed header names', () => {
    const r = parseAuthorizationV3('ACS3-HMAC-SHA256  Credential=id, SignedHeaders=Host;X-Acs-Date , Signature=ab');
    expect(r).toEqual({
      ok: true,
      auth: { accessKeyId: 'id', signedHeaders: ['host', 'x-acs-date'], signature: 'ab' },
    });
  });

  test.for([
    ['', 'expected'],
    ['ACS3-HMAC-SHA256', 'expected'],
    ['ACS3-HMAC-SM3 Credential=id,SignedHeaders=host,Signature=ab', 'unsupported signature algorithm "ACS3-HMAC-SM3"'],
    ['ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host', 'field "Signature" is missing'],
    ['ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=ab', 'field "Credential" is missing or empty'],
    [
      'ACS3-HMAC-SHA256 Credential=id,Credential=id,SignedHeaders=host,Signature=ab',
      'field "Credential" appears more than once',
    ],
    ['ACS3-HMAC-SHA256 Credential=id,Extra=1,SignedHeaders=host,Signature=ab', 'unknown field "Extra"'],
    ['ACS3-HMAC-SHA256 Credential=id SignedHeaders=host Signature=ab', 'field "Credential" contains a blank'],
    ['ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;;a,Signature=ab', 'empty header name'],
    ['ACS3-HMAC-SHA256 Credential=id,junk,Signature=ab', '"junk" is not a name=value field'],
  ] as const)('rejects %j naming the defect', ([header, reason]) => {
    const r = parseAuthorizationV3(header);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toContain(reason);
  });
});

describe('parseAuthorizationV3, any header', () => {
  const piece = fc.constantFrom(
    'ACS3-HMAC-SHA256',
    ' ',
    '  ',
    ',',
    ', ',
    ';',
    '=',
    'Credential=',
    'SignedHeaders=',
    'Signature=',
    'id',
    'Host',
    'x-acs-date',
    'host',
    'ab12',
    '\t',
    'Extra=1',
    'a=b',
  );

  test('reads every header exactly as the field-by-field parser does', () => {
    const wellFormed = fc
      .tuple(
        fc.constantFrom('id', 'LTAI-x', 'a=b'),
        fc.array(fc.constantFrom('host', 'X-Acs-Date', 'x-acs-nonce', ''), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('ab12', 'f0'),
      )
      .map(([id, hs, sig]) => `ACS3-HMAC-SHA256 Credential=${id},SignedHeaders=${hs.join(';')},Signature=${sig}`);
    fc.assert(
      fc.property(
        fc.oneof(
          wellFormed,
          fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        ),
        (header) => {
          expect(parseAuthorizationV3(header)).toEqual(parseAuthorizationV3Fields(header));
        },
      ),
      { numRuns: 4000 },
    );
  });
});

describe('parseAuthorizationV3 after other headers', () => {
  // Heads that match the usual form and some that nearly do, then signatures, right and wrong.
  const head = fc.constantFrom(
    'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;x-acs-date,Signature=',
    'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=Host;X-Acs-Date,Signature=',
    'ACS3-HMAC-SHA256 Credential=other,SignedHeaders=host,Signature=',
    'ACS3-HMAC-SHA256 Credential=id, SignedHeaders=host,Signature=',
    'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;;x,Signature=',
    'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ab,Signature=',
    'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature',
  );
  const signature = fc.oneof(
    fc.constantFrom('ab12', '', 'a b', 'a,b', 'a=b', 'ab\n', ' ab', 'ab '),
    fc.string({ maxLength: 4 }),
  );

  test('answers each as it would alone (the remembered head changes nothing)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(head, signature), { minLength: 1, maxLength: 6 }), (headers) => {
        for (const [h, s] of headers) expect(parseAuthorizationV3(h + s)).toEqual(reference(h + s));
      }),
      { numRuns: 3000 },
    );
  });

  test('a returned list of signed headers is the caller’s own', () => {
    const value = 'ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;x-acs-date,Signature=ab';
    const first = parseAuthorizationV3(value);
    if (first.ok) first.auth.signedHeaders.push('changed');
    expect(parseAuthorizationV3(value)).toEqual(reference(value));
  });
});

/** parseAuthorizationV3 without the remembered head: the pattern, else field by field. */
function reference(value: string): ReturnType<typeof parseAuthorizationV3> {
  const w =
    /^ACS3-HMAC-SHA256 Credential=([^\s,=]+),SignedHeaders=([^\s,=;]+(?:;[^\s,=;]+)*),Signature=([^\s,=]+)$/.exec(
      value,
    );
  if (w === null) return parseAuthorizationV3Fields(value);
  const signedHeaders = w[2]!.split(';').map((h) => h.toLowerCase());
  return { ok: true, auth: { accessKeyId: w[1]!, signedHeaders, signature: w[3]! } };
}
