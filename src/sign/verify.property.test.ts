import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rawRequestV1, rawRequestV3 } from './build-request.ts';
import { percentEncode } from './percent-encode.ts';
import { parseRpcRequest, type RawHttpRequest } from './rpc-request.ts';
import { signRequestV1 } from './sign-v1.ts';
import { signRequestV3 } from './sign-v3.ts';
import { verifyRequest } from './verify.ts';

const NOW = new Date('2024-05-01T12:00:00Z');
const STAMP = '2024-05-01T12:00:00Z';
const SECRET = 'property-secret';

// Characters that break naive encoders, mixed with any code point.
const tricky = fc.constantFrom(...' +/=&%?#;,:@*~!\'()[]$"<>\\^`{|}中😀\u0000\n\uFEFF'.split(/(?:)/u));
const unit = fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const value = fc.string({ unit, maxLength: 24 });
// Names the protocol itself uses are not operation parameters, so they are left out.
const RESERVED = new Set([
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'SignatureType',
  'Timestamp',
  'SecurityToken',
]);
const name = fc.string({ unit, minLength: 1, maxLength: 12 }).filter((n) => !RESERVED.has(n));
const params = fc
  .uniqueArray(fc.tuple(name, value), { selector: ([n]) => n, maxLength: 8 })
  .map((pairs) => Object.fromEntries(pairs) as Record<string, string>);

type Scheme = 'v1-get' | 'v1-post' | 'v3' | 'v3-sts';
function build(scheme: Scheme, p: Record<string, string>): RawHttpRequest {
  const common = {
    action: 'ImportKeyPair',
    version: '2014-05-26',
    params: p,
    accessKeyId: 'AKID',
    accessKeySecret: SECRET,
  };
  if (scheme === 'v1-get' || scheme === 'v1-post') {
    const method = scheme === 'v1-get' ? 'GET' : 'POST';
    return rawRequestV1(signRequestV1({ ...common, method, timestamp: STAMP, nonce: 'n' }), { method, host: 'h' });
  }
  const sts = scheme === 'v3-sts' ? { securityToken: 'tok' } : {};
  return rawRequestV3(signRequestV3({ ...common, ...sts, host: 'h', date: STAMP, nonce: 'n' }));
}

const sorted = (r: Record<string, string>) => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('sign → parse → verify', () => {
  test.for(['v1-get', 'v1-post', 'v3', 'v3-sts'] as const)(
    '%s accepts any parameters and returns them intact',
    (scheme) => {
      fc.assert(
        fc.property(params, (p) => {
          const raw = build(scheme, p);
          const parsed = parseRpcRequest(raw);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(sorted(parsed.call.params)).toEqual(sorted(p));
          const verdict = verifyRequest(raw, parsed.call, {
            now: NOW,
            lookupSecret: () => SECRET,
            nonceSeen: () => false,
          });
          expect(verdict).toEqual({ ok: true, accessKeyId: 'AKID', nonce: 'n' });
        }),
      );
    },
  );
});

describe('percentEncode', () => {
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  test('emits only unreserved characters and %XX, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(unit, loneSurrogate) }), (s) => {
        expect(percentEncode(s)).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
      }),
    );
  });

  test('round-trips well-formed strings through decodeURIComponent', () => {
    fc.assert(
      fc.property(value, (s) => {
        expect(decodeURIComponent(percentEncode(s))).toBe(s);
      }),
    );
  });
});
