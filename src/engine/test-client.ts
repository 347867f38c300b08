/**
 * Test support: an EcsClient answering from a script, in-process, and a session on it.
 * Each answer becomes a real Exchange, so classification and the ledger see what they
 * would see from a target.
 */
import type { EcsClient, Exchange } from '../client/index.ts';
import type { TransportFailure } from '../client/transport.ts';
import { Ledger } from './ledger.ts';
import { Session, type SessionOptions } from './session.ts';

/** An HTTP answer, or a transport failure. */
export type Scripted = { status: number; body?: unknown; text?: string } | { failure: TransportFailure };

/** A client whose every call is answered by `script`; `calls` lists what was sent. */
export function scriptedClient(
  script: (action: string, params: Record<string, string>) => Scripted | Promise<Scripted>,
): EcsClient & { calls: Array<{ action: string; params: Record<string, string> }> } {
  const calls: Array<{ action: string; params: Record<string, string> }> = [];
  let seq = 0;
  return {
    calls,
    target: { url: new URL('http://127.0.0.1:1/'), host: '127.0.0.1:1', region: 'cn-hangzhou', loopback: true },
    close: async () => {},
    async call(action, params) {
      calls.push({ action, params });
      const s = await script(action, params);
      const base = {
        seq: ++seq,
        action,
        params,
        request: { method: 'POST', url: 'http://127.0.0.1:1/', headers: {}, body: '' },
        startedAt: new Date().toISOString(),
        durationMs: 0,
        attempts: 1,
      };
      if ('failure' in s) {
        const error = { code: 'KPC_AMBIGUOUS_WRITE', message: s.failure, failure: s.failure };
        return { ...base, response: undefined, error } satisfies Exchange;
      }
      const text = s.text ?? JSON.stringify(s.body ?? { RequestId: 'R' });
      const body = s.text === undefined ? (s.body ?? { RequestId: 'R' }) : undefined;
      const response = { status: s.status, headers: { 'content-type': 'application/json' }, text, body };
      return { ...base, response, error: undefined } satisfies Exchange;
    },
  };
}

/** A session on `client` with a memory-only ledger and the default places. */
export function testSession(client: EcsClient, o: Partial<SessionOptions> = {}): Session {
  return new Session({
    client,
    ledger: new Ledger(undefined, 'kpcabcdefghij'),
    region: 'cn-hangzhou',
    secondRegion: 'cn-shanghai',
    ...o,
  });
}
