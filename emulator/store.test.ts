import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulator } from './app.ts';
import { keyPairCount } from './core/state.ts';
import { importParams, rpc } from './testing.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-store-'));
  dirs.push(dir);
  return dir;
}

describe('a state file', () => {
  test('in a folder that does not exist is refused at start, naming the file', () => {
    const file = join(tempDir(), 'missing', 'state.json');
    expect(() => createEmulator({ stateFile: file })).toThrow(
      expect.objectContaining({ code: 'KPC_STATE_FILE', message: expect.stringContaining(file) }),
    );
  });

  test('that can no longer be written: the write answers 500 and changes nothing', async () => {
    const dir = join(tempDir(), 'state');
    const errors: string[] = [];
    const make = () => createEmulator({ stateFile: join(dir, 'state.json'), onError: (m) => errors.push(m) });
    mkdirSync(dir);
    const emu = make();
    expect((await emu.dispatch(rpc('ImportKeyPair', importParams({ KeyPairName: 'kp-kept' })))).kind).toBe('response');
    rmSync(dir, { recursive: true, force: true });
    const reply = await emu.dispatch(rpc('ImportKeyPair', importParams({ KeyPairName: 'kp-lost' })));
    expect(reply.kind === 'response' && reply.response.status).toBe(500);
    expect(keyPairCount(emu.state())).toBe(1);
    expect(errors.join('\n')).toMatch(/cannot write the state file/);
    const deleted = await emu.dispatch(rpc('DeleteKeyPairs', { RegionId: 'cn-hangzhou', KeyPairNames: '["kp-kept"]' }));
    expect(deleted.kind === 'response' && deleted.response.status).toBe(500);
    expect(keyPairCount(emu.state())).toBe(1);
  });

  test('concurrent imports are each on disk before they are answered, none lost', async () => {
    const file = join(tempDir(), 'state.json');
    const emu = createEmulator({ stateFile: file });
    const names = Array.from({ length: 30 }, (_, i) => `kp-${i}`);
    await Promise.all(names.map((n) => emu.dispatch(rpc('ImportKeyPair', importParams({ KeyPairName: n })))));
    expect(keyPairCount(emu.state())).toBe(30);
    expect(keyPairCount(createEmulator({ stateFile: file }).state())).toBe(30);
  });
});
