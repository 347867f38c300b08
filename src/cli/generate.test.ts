import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-gen-'));
  dirs.push(dir);
  return dir;
}

let io = captureIo();
const generateCommand = (argv: string[]): Promise<number> => main(['generate', ...argv], io.io);
function quiet(): ReturnType<typeof captureIo> {
  io = captureIo();
  return io;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('kpc generate', () => {
  test('writes one file per concern and prints what it wrote', async () => {
    const dir = tempDir();
    const io = quiet();
    expect(await generateCommand(['--out', dir])).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'delete-batch.yaml',
      'name.yaml',
      'public-key.yaml',
      'region.yaml',
      'required.yaml',
      'resource-group.yaml',
      'tags.yaml',
    ]);
    expect(io.out()).toMatch(/wrote .*name\.yaml \(\d+ cases\)/);
  });

  test('--check exits 0 when the files are current and 1 naming a stale or foreign file', async () => {
    const dir = tempDir();
    const io = quiet();
    await generateCommand(['--out', dir]);
    expect(await generateCommand(['--check', '--out', dir])).toBe(0);
    writeFileSync(join(dir, 'tags.yaml'), `${readFileSync(join(dir, 'tags.yaml'), 'utf8')}# edited by hand\n`);
    writeFileSync(join(dir, 'extra.yaml'), 'suite: extra\n');
    expect(await generateCommand(['--check', '--out', dir])).toBe(1);
    expect(io.err()).toMatch(/stale: .*tags\.yaml \(differs\)/);
    expect(io.err()).toMatch(/stale: .*extra\.yaml \(not generated\)/);
  });

  test('regenerating removes a YAML file the generator no longer produces', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.yaml'), 'suite: old\n');
    const io = quiet();
    await generateCommand(['--out', dir]);
    expect(readdirSync(dir)).not.toContain('old.yaml');
    expect(io.out()).toMatch(/removed .*old\.yaml/);
  });

  test('rejects an unknown option as a usage error naming it (exit 2)', async () => {
    const got = quiet();
    expect(await generateCommand(['--frobnicate'])).toBe(2);
    expect(got.err()).toContain('--frobnicate');
  });
});
