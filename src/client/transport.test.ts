import { describe, expect, test } from 'vitest';
import { classifyTransportError, faultCode, mayHaveBeenSent } from './transport.ts';

function err(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('classifyTransportError', () => {
  test.for([
    ['ECONNREFUSED', 'refused'],
    ['ENOTFOUND', 'dns'],
    ['UND_ERR_SOCKET', 'reset'],
    ['ECONNRESET', 'reset'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connect-timeout'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['HPE_INVALID_CONSTANT', 'reset'],
    ['UND_ERR_INVALID_ARG', 'invalid'],
    ['SOMETHING_ELSE', 'unknown'],
  ] as const)('%s is %s', ([code, kind]) => {
    expect(classifyTransportError(err(code))).toBe(kind);
  });

  test('looks through causes and AggregateError members', () => {
    expect(classifyTransportError(new Error('fetch failed', { cause: err('ECONNREFUSED') }))).toBe('refused');
    expect(classifyTransportError(new AggregateError([err('ECONNREFUSED'), err('ECONNREFUSED')]))).toBe('refused');
  });

  test('recognises abort and timeout signals by name', () => {
    expect(classifyTransportError(new DOMException('x', 'AbortError'))).toBe('aborted');
    expect(classifyTransportError(new DOMException('x', 'TimeoutError'))).toBe('timeout');
  });
});

describe('faultCode', () => {
  test('a write that may have arrived is ambiguous', () => {
    expect(faultCode('reset', true)).toBe('KPC_AMBIGUOUS_WRITE');
    expect(faultCode('timeout', true)).toBe('KPC_AMBIGUOUS_WRITE');
  });

  test('a write that never left is merely unreachable', () => {
    expect(mayHaveBeenSent('refused')).toBe(false);
    expect(faultCode('refused', true)).toBe('KPC_TARGET_UNREACHABLE');
    expect(faultCode('tls', true)).toBe('KPC_TARGET_UNREACHABLE');
  });

  test('reads map to timeout or unreachable', () => {
    expect(faultCode('timeout', false)).toBe('KPC_TIMEOUT');
    expect(faultCode('reset', false)).toBe('KPC_TARGET_UNREACHABLE');
    expect(faultCode('dns', false)).toBe('KPC_TARGET_UNREACHABLE');
  });

  test('a request that could not be built is an internal fault', () => {
    expect(faultCode('invalid', true)).toBe('KPC_INTERNAL');
  });
});
