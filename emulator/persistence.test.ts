import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { isKpcError } from '../src/errors.ts';
import { createEmulator } from './app.ts';
import { regionOf } from './core/state.ts';
import { loadStateFile, writeAtomic } from './persistence.ts';
import { REGION, importParams, rpc } from './testing.ts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-emu-'));
  dirs.push(dir);
  return join(dir, 'state.json');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function loadError(file: string): unknown {
  try {
    loadStateFile(file);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('state file', () => {
  test('a missing file is an empty state with the configured resource groups', () => {
    expect(loadStateFile(tempFile(), ['rg-1'])).toEqual({ regions: {}, resourceGroups: ['rg-1'], nonces: [] });
  });

  test('an import is on disk when its response arrives, and a new emulator on the file has it', async () => {
    const file = tempFile();
    const first = createEmulator({ stateFile: file, resourceGroups: ['rg-1'] });
    const reply = await first.dispatch(
      rpc('ImportKeyPair', importParams({ ResourceGroupId: 'rg-1', 'Tag.1.Key': 'k' })),
    );
    expect(reply.kind === 'response' && reply.response.status).toBe(200);
    expect(JSON.parse(readFileSync(file, 'utf8')).regions[REGION].keyPairs[0].name).toBe('kp-test');
    const second = createEmulator({ stateFile: file });
    expect(regionOf(second.state(), REGION)).toEqual(regionOf(first.state(), REGION));
    expect(second.state().resourceGroups).toEqual(['rg-1']);
  });

  test('a describe does not write the file', async () => {
    const file = tempFile();
    const emu = createEmulator({ stateFile: file });
    await emu.dispatch(rpc('DescribeKeyPairs', { RegionId: REGION }));
    expect(() => readFileSync(file)).toThrow();
  });

  test.for([
    ['not JSON', '{"kpcEmulatorState": 1, "regions": {', /not JSON/],
    ['the wrong shape', '{"hello": 1}', /kpcEmulatorState/],
    [
      'a bad record',
      '{"kpcEmulatorState":1,"regions":{"cn-hangzhou":{"created":1,"keyPairs":[{"name":1}]}},"resourceGroups":[]}',
      /keyPairs\[0\]\.name/,
    ],
  ] as Array<[string, string, RegExp]>)(
    'a file holding %s is a KPC_STATE_FILE error naming the file',
    ([, text, reason]) => {
      const file = tempFile();
      writeFileSync(file, text);
      const e = loadError(file);
      expect(isKpcError(e, 'KPC_STATE_FILE')).toBe(true);
      expect((e as Error).message).toContain(file);
      expect((e as Error).message).toMatch(reason);
    },
  );

  test('an atomic write leaves the file holding the text and no temporary file', async () => {
    const file = tempFile();
    await writeAtomic(file, '{"n":1}');
    await writeAtomic(file, '{"n":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"n":2}');
    expect(readdirSync(join(file, '..'))).toEqual(['state.json']);
  });

  test('a write into a folder that does not exist rejects', async () => {
    await expect(writeAtomic(join(tempFile(), 'no-such-dir', 'state.json'), '{}')).rejects.toThrow();
  });
});
