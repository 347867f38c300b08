import { describe, expect, test } from 'vitest';
import type { EngineEvent } from './events.ts';
import { scriptedClient, testSession, type Scripted } from './test-client.ts';

const imp = { RegionId: 'r', KeyPairName: 'n', PublicKeyBody: 'k' };
const answering = (s: Scripted) => scriptedClient(() => s);
const stateAfter = async (s: Scripted): Promise<string | undefined> => {
  const session = testSession(answering(s));
  await session.call('case', 'ImportKeyPair', imp);
  return session.ledger.records()[0]?.state;
};

describe('session.call keeps the ledger', () => {
  test('writes the intent before an import is sent', async () => {
    let seen: string | undefined;
    const session = testSession(
      scriptedClient(() => {
        seen = session.ledger.records()[0]?.state;
        return { status: 200, body: { RequestId: 'r' } };
      }),
    );
    await session.call('case', 'ImportKeyPair', imp);
    expect(seen).toBe('pending');
    expect(session.ledger.records()[0]?.state).toBe('created');
  });

  test('a definite refusal or a throttle is not created', async () => {
    expect(await stateAfter({ status: 400, body: { Code: 'InvalidKeyPairName.Malformed', RequestId: 'r' } })).toBe(
      'not-created',
    );
    expect(await stateAfter({ status: 400, body: { Code: 'Throttling.User', RequestId: 'r' } })).toBe('not-created');
  });

  test('an import answered 500 is unknown: teardown looks for it', async () => {
    expect(await stateAfter({ status: 500, body: { Code: 'InternalError', RequestId: 'r' } })).toBe('unknown');
  });

  test("a reset, a timeout or a body that is not the API's leave the import unknown", async () => {
    expect(await stateAfter({ failure: 'reset' })).toBe('unknown');
    expect(await stateAfter({ failure: 'timeout' })).toBe('unknown');
    expect(await stateAfter({ status: 200, text: '<html>ok</html>' })).toBe('unknown');
  });

  test('a successful delete records the deleted names; a malformed KeyPairNames records nothing', async () => {
    const session = testSession(answering({ status: 200, body: { RequestId: 'r' } }));
    await session.call('case', 'ImportKeyPair', imp);
    await session.call('case', 'DeleteKeyPairs', { RegionId: 'r', KeyPairNames: 'not json' });
    expect(session.ledger.records()[0]?.state).toBe('created');
    await session.call('case', 'DeleteKeyPairs', { RegionId: 'r', KeyPairNames: '["n"]' });
    expect(session.ledger.records()[0]?.state).toBe('deleted');
  });

  test('reports every call as an exchange event with its label and answer', async () => {
    const events: EngineEvent[] = [];
    const session = testSession(answering({ status: 500, body: { Code: 'InternalError', RequestId: 'r' } }), {
      emit: (e) => void events.push(e),
    });
    await session.call('my-case', 'DescribeKeyPairs', { RegionId: 'r' });
    expect(events).toMatchObject([
      { type: 'exchange', label: 'my-case', answer: { kind: 'server-fault', status: 500 } },
    ]);
  });
});
