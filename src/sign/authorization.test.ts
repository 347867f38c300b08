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
