import { describe, expect, test } from 'vitest';
import { signRequestV1, signV1, stringToSignV1 } from './sign-v1.ts';

// Known-answer vectors from /work/shared/API-FACTS.md. The documentation's
// `CT9X0VtwR86fNWSnsc6v8YGOjuE=` is a known documentation error and deliberately absent.
const V1_A = {
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  Format: 'XML',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Timestamp: '2016-02-23T12:46:24Z',
  Version: '2014-05-26',
};

const V1_B = {
  AccessKeyId: 'testid',
  Action: 'DescribeDedicatedHosts',
  Format: 'JSON',
  RegionId: 'cn-beijing',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
  SignatureVersion: '1.0',
  Timestamp: '2023-03-13T08:34:30Z',
  Version: '2014-05-26',
};

describe('V1 known-answer vectors', () => {
  test('V1-a signs to OLeaidS1JvxuMvnyHOwuJ+uX5qY=', () => {
    expect(signV1('GET', V1_A, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  test('V1-b signs to 9NaGiOspFP5UPcwX8Iwt2YJXXuk=', () => {
    expect(signV1('GET', V1_B, 'testsecret')).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  test('V1-a string to sign is METHOD&%2F& plus the encoded canonical query', () => {
    expect(stringToSignV1('GET', V1_A)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML' +
        '%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf' +
        '%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
  });

  test('the Signature parameter is excluded from the string to sign', () => {
    expect(stringToSignV1('GET', { ...V1_A, Signature: 'x' })).toBe(stringToSignV1('GET', V1_A));
  });
});

describe('signRequestV1', () => {
  const base = {
    method: 'GET' as const,
    action: 'DescribeDedicatedHosts',
    version: '2014-05-26',
    params: { RegionId: 'cn-beijing' },
    accessKeyId: 'testid',
    accessKeySecret: 'testsecret',
    timestamp: '2023-03-13T08:34:30Z',
    nonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
  };

  test('produces the full common parameter set and reproduces V1-b', () => {
    expect(signRequestV1(base)).toEqual({ ...V1_B, Signature: '9NaGiOspFP5UPcwX8Iwt2YJXXuk=' });
  });

  test('adds and signs SecurityToken when an STS token is given', () => {
    const signed = signRequestV1({ ...base, securityToken: 'sts-token' });
    expect(signed['SecurityToken']).toBe('sts-token');
    const { Signature, ...rest } = signed;
    expect(Signature).toBe(signV1('GET', rest, 'testsecret'));
    expect(Signature).not.toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  test('signs POST differently from GET', () => {
    expect(signRequestV1({ ...base, method: 'POST' })['Signature']).not.toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  test('common parameters win over same-named operation parameters', () => {
    const signed = signRequestV1({ ...base, params: { ...base.params, Action: 'Evil', Signature: 'forged' } });
    expect(signed['Action']).toBe('DescribeDedicatedHosts');
    expect(signed['Signature']).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });
});
