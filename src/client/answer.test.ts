import { describe, expect, test } from 'vitest';
import { classify, creation, describeAnswer, errorCode, isInfrastructure, type Answer } from './answer.ts';
import type { Exchange } from './exchange.ts';
import type { TransportFailure } from './transport.ts';

function answered(status: number, text: string, contentType = 'application/json'): Exchange {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return {
    seq: 1,
    action: 'ImportKeyPair',
    params: {},
    request: { method: 'POST', url: 'http://127.0.0.1/', headers: {}, body: '' },
    response: { status, headers: { 'content-type': contentType }, text, body },
    error: undefined,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    attempts: 1,
  };
}

function lost(failure: TransportFailure): Exchange {
  const message = `ImportKeyPair: ${failure}`;
  return { ...answered(200, '{}'), response: undefined, error: { code: 'KPC_AMBIGUOUS_WRITE', message, failure } };
}

describe('classify', () => {
  test('a 2xx with a JSON object is accepted', () => {
    expect(classify(answered(200, '{"RequestId":"r"}'))).toEqual({ kind: 'accepted', status: 200 });
  });

  test('a 4xx with an API body is refused, with its Code', () => {
    expect(classify(answered(400, '{"Code":"KeyPair.AlreadyExist"}'))).toEqual({
      kind: 'refused',
      status: 400,
      code: 'KeyPair.AlreadyExist',
    });
    expect(classify(answered(400, '{"RequestId":"r"}'))).toEqual({ kind: 'refused', status: 400, code: undefined });
  });

  test('any Code containing Throttling is throttled, whatever the status', () => {
    for (const code of ['Throttling', 'Throttling.User', 'Request.Throttling']) {
      expect(classify(answered(400, JSON.stringify({ Code: code }))).kind, code).toBe('throttled');
    }
    expect(classify(answered(503, '{"Code":"Throttling.Api"}')).kind).toBe('throttled');
  });

  test('a 5xx is a server fault, with or without an API body', () => {
    expect(classify(answered(500, '{"Code":"InternalError"}'))).toEqual({
      kind: 'server-fault',
      status: 500,
      code: 'InternalError',
    });
    expect(classify(answered(502, '<html>bad gateway</html>', 'text/html')).kind).toBe('server-fault');
  });

  test("a body that is not the API's is no answer, naming status, content type and first bytes", () => {
    const a = classify(answered(200, '<html><body>Welcome</body></html>', 'text/html'));
    expect(a.kind).toBe('no-answer');
    expect(describeAnswer(a)).toContain('200 text/html: "<html><body>Welcome');
    expect(classify(answered(404, '[1,2]')).kind).toBe('no-answer');
    expect(classify(answered(302, '{}')).kind).toBe('no-answer');
  });

  test('no complete response is no answer, keeping the transport failure', () => {
    expect(classify(lost('reset'))).toMatchObject({ kind: 'no-answer', failure: 'reset' });
  });
});

describe('what an answer says of a create', () => {
  const of = (ex: Exchange): string => creation(classify(ex));
  test('only a definite refusal or a throttle proves nothing was made', () => {
    expect(of(answered(200, '{}'))).toBe('created');
    expect(of(answered(400, '{"Code":"InvalidKeyPairName.Malformed"}'))).toBe('not-created');
    expect(of(answered(400, '{"Code":"Throttling.User"}'))).toBe('not-created');
    expect(of(answered(500, '{"Code":"InternalError"}'))).toBe('unknown');
    expect(of(answered(200, 'OK', 'text/plain'))).toBe('unknown');
    expect(of(lost('reset'))).toBe('unknown');
    expect(of(lost('timeout'))).toBe('unknown');
  });
});

describe('infrastructure answers', () => {
  test('throttled, server faults and no answer are infrastructure; accepted and refused are not', () => {
    const kinds: Array<[Answer, boolean]> = [
      [{ kind: 'accepted', status: 200 }, false],
      [{ kind: 'refused', status: 400, code: 'X' }, false],
      [{ kind: 'throttled', status: 400, code: 'Throttling' }, true],
      [{ kind: 'server-fault', status: 500, code: undefined }, true],
      [{ kind: 'no-answer', reason: 'reset', failure: 'reset' }, true],
    ];
    for (const [a, infra] of kinds) expect(isInfrastructure(a), a.kind).toBe(infra);
  });
});

describe('errorCode', () => {
  test('reads a non-empty string Code and nothing else', () => {
    expect(errorCode({ Code: 'X' })).toBe('X');
    expect(errorCode({ Code: '' })).toBeUndefined();
    expect(errorCode({ Code: 1 })).toBeUndefined();
    expect(errorCode('Code')).toBeUndefined();
    expect(errorCode(undefined)).toBeUndefined();
  });
});
