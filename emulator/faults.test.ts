import { describe, expect, test } from 'vitest';
import { createEmulator, type Emulator } from './app.ts';
import { keyPairCount } from './core/state.ts';
import { faultPlan } from './faults.ts';
import { importParams, rpc } from './testing.ts';

const importNamed = (emu: Emulator, name: string) =>
  emu.dispatch(rpc('ImportKeyPair', importParams({ KeyPairName: name })));

describe('faults of a lost answer', () => {
  test('internal-after carries the import out, then answers 500 InternalError', async () => {
    const emu = createEmulator({ faults: { internalAfter: 1, seed: 1 } });
    const reply = await importNamed(emu, 'kp-lost');
    expect(reply.kind === 'response' && reply.response.status).toBe(500);
    expect(reply.kind === 'response' && JSON.parse(reply.response.body)).toMatchObject({ Code: 'InternalError' });
    expect(keyPairCount(emu.state())).toBe(1);
  });

  test('reset-after carries the import out, then drops the connection', async () => {
    const emu = createEmulator({ faults: { resetAfter: 1, seed: 1 } });
    expect(await importNamed(emu, 'kp-lost')).toEqual({ kind: 'reset' });
    expect(keyPairCount(emu.state())).toBe(1);
  });

  test('reset before anything happens leaves nothing behind', async () => {
    const emu = createEmulator({ faults: { reset: 1, seed: 1 } });
    expect(await importNamed(emu, 'kp-never')).toEqual({ kind: 'reset' });
    expect(keyPairCount(emu.state())).toBe(0);
  });

  test('the same seed and the same requests give the same faults', async () => {
    const faults = { internalAfter: 0.3, resetAfter: 0.2, seed: 99 };
    const run = async () => {
      const emu = createEmulator({ faults });
      const replies = [];
      for (let i = 0; i < 40; i++) {
        const r = await importNamed(emu, `kp-${i}`);
        replies.push(r.kind === 'reset' ? 'reset' : r.response.status);
      }
      return replies;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 500, 'reset']));
  });

  test('no fault configured draws nothing and has no seed', () => {
    expect(faultPlan({ latencyMs: 5 }).seed).toBeUndefined();
    expect(faultPlan({ internalAfter: 0.1 }).seed).toEqual(expect.any(Number));
  });
});
