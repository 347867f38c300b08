import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_PACT_FILE } from '../../src/pact/contract.ts';
import { comparableCore, readPact } from '../../src/pact/pact-file.ts';
import { runKpc } from './emulator-process.ts';

// The pact is committed; generating it again from the cases, through the consumer tests on
// Pact's mock server, must give the same interactions (only tool versions may differ).

const dir = mkdtempSync(join(tmpdir(), 'kpc-pact-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TIMEOUT = 120_000;

describe('kpc pact generate', () => {
  test('regenerates exactly the committed interactions', { timeout: TIMEOUT }, async () => {
    const out = join(dir, 'fresh.json');
    const r = await runKpc(['pact', 'generate', '--out', out], { PACT_DO_NOT_TRACK: 'true' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*fresh\.json: \d{2,} interactions/);
    const fresh = readPact(out);
    const committed = readPact(DEFAULT_PACT_FILE);
    expect(fresh.consumer.name).toBe('ecs-keypair-client');
    expect(fresh.provider.name).toBe('ecs-keypair-api');
    expect(fresh.metadata).toMatchObject({ pactSpecification: { version: '4.0' } });
    expect(comparableCore(fresh)).toEqual(comparableCore(committed));
  });

  test(
    '--check exits 1 when the pact on disk differs from a fresh one, and writes nothing',
    { timeout: TIMEOUT },
    async () => {
      const stale = join(dir, 'stale.json');
      copyFileSync(DEFAULT_PACT_FILE, stale);
      const doc = readPact(stale);
      doc.interactions.pop();
      writeFileSync(stale, JSON.stringify(doc));
      const before = readFileSync(stale, 'utf8');
      const r = await runKpc(['pact', 'generate', '--check', '--out', stale], { PACT_DO_NOT_TRACK: 'true' });
      expect(r.stdout).toContain('is stale: run kpc pact generate');
      expect(r.code).toBe(1);
      expect(readFileSync(stale, 'utf8')).toBe(before);
    },
  );
});
