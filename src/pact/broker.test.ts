import { describe, expect, test } from 'vitest';
import { isKpcError } from '../errors.ts';
import { authorizationHeader, brokerAuthFromEnv, brokerSource } from './broker.ts';
import { publishBody } from './publish.ts';

describe('brokerAuthFromEnv', () => {
  test('is a usage error without PACT_BROKER_BASE_URL, naming the variable', () => {
    try {
      brokerAuthFromEnv({}, '--publish');
      expect.unreachable();
    } catch (e) {
      expect(isKpcError(e, 'KPC_USAGE')).toBe(true);
      expect((e as Error).message).toContain('PACT_BROKER_BASE_URL');
    }
  });

  test('refuses half a basic-auth pair and a base URL that is not http(s)', () => {
    expect(() => brokerAuthFromEnv({ PACT_BROKER_BASE_URL: 'https://b', PACT_BROKER_USERNAME: 'u' }, 'x')).toThrow(
      /PACT_BROKER_PASSWORD/,
    );
    expect(() => brokerAuthFromEnv({ PACT_BROKER_BASE_URL: 'ftp://b' }, 'x')).toThrow(/http/);
  });

  test('prefers a token to basic auth and trims a trailing slash', () => {
    const a = brokerAuthFromEnv(
      {
        PACT_BROKER_BASE_URL: 'https://b/',
        PACT_BROKER_TOKEN: 't',
        PACT_BROKER_USERNAME: 'u',
        PACT_BROKER_PASSWORD: 'p',
      },
      'x',
    );
    expect(a.baseUrl).toBe('https://b');
    expect(authorizationHeader(a)).toBe('Bearer t');
    expect(authorizationHeader({ baseUrl: 'https://b', username: 'u', password: 'p' })).toBe(
      `Basic ${Buffer.from('u:p').toString('base64')}`,
    );
  });
});

describe('brokerSource', () => {
  test("fetches the provider's pacts and publishes results for the given version and branch", () => {
    const s = brokerSource({ baseUrl: 'https://b', token: 't' }, { providerVersion: 'abc', branch: 'main' });
    expect(s.verifierOptions).toMatchObject({
      pactBrokerUrl: 'https://b',
      pactBrokerToken: 't',
      provider: 'ecs-keypair-api',
      publishVerificationResult: true,
      providerVersion: 'abc',
      providerVersionBranch: 'main',
    });
  });
});

describe('publishBody', () => {
  test('carries the pact base64-encoded with the consumer version, branch and tags', () => {
    const doc = { consumer: { name: 'c' }, provider: { name: 'p' }, interactions: [] };
    const text = JSON.stringify(doc);
    const body = publishBody(doc, text, { consumerVersion: '1.0', branch: 'main', tags: ['t'] }) as {
      contracts: Array<{ content: string }>;
    } & Record<string, unknown>;
    expect(body).toMatchObject({ pacticipantName: 'c', pacticipantVersionNumber: '1.0', branch: 'main', tags: ['t'] });
    expect(body.contracts[0]).toMatchObject({
      consumerName: 'c',
      providerName: 'p',
      specification: 'pact',
      contentType: 'application/json',
    });
    expect(Buffer.from(body.contracts[0]!.content, 'base64').toString('utf8')).toBe(text);
  });
});
