import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/report/types.ts';
import { runKpc, startEmulatorProcess, type EmulatorProcess } from './emulator-process.ts';

// `kpc run` as a user runs it: the README's main command, and a run against a separate
// emulator process with signatures checked and a user's own key pairs present.

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kpc-run-'));
const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;

describe('kpc run on the embedded emulator (npm run conformance)', () => {
  let dir: string;
  let out: Awaited<ReturnType<typeof runKpc>>;
  beforeAll(async () => {
    dir = tmp();
    out = await runKpc(['run', '--report-dir', dir], { CI: 'true' });
  }, 180_000);

  test('is conformant, exits 0 and says so', () => {
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('CONFORMANT');
    expect(readReport(dir).verdict).toBe('conformant');
  });

  test('writes report.json with every field the issue names', () => {
    const r = readReport(dir);
    expect(r).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'keypair-conformance' },
      target: { region: 'cn-hangzhou', secondRegion: 'cn-shanghai', embedded: true },
    });
    expect(Date.parse(r.finishedAt)).toBeGreaterThanOrEqual(Date.parse(r.startedAt));
    expect(r.summary.total).toBe(r.cases.length);
    expect(r.summary.passed).toBeGreaterThan(100);
    expect(r.summary.failed + r.summary.inconclusive + r.summary.skipped).toBe(0);
    const c = r.cases.find((x) => x.steps.length > 0 && x.polarity === 'negative')!;
    expect(c.steps[0]).toMatchObject({
      request: { action: expect.any(String), params: expect.any(Object) },
      response: { status: expect.any(Number) },
      mismatches: [],
    });
    expect(c.durationMs).toBeGreaterThanOrEqual(0);
  });

  test('runs the quota scenario and leaves nothing behind', () => {
    const r = readReport(dir);
    expect(r.cases.find((c) => c.scenario === 'quota')?.status).toBe('passed');
    expect(r.resources.leaked).toEqual([]);
    expect(r.resources.created).toBeGreaterThanOrEqual(500);
  });

  test('the coverage table has no hole but the 500 row, which a healthy target never shows', () => {
    const r = readReport(dir);
    expect(r.coverage.holes).toEqual(['rule IKP-ERR-INTERNAL', 'error row 500 InternalError']);
    const others = r.coverage.rules.filter((x) => x.evidence !== 'undocumented' && x.id !== 'IKP-ERR-INTERNAL');
    for (const rule of others) expect(['judged', 'passive'], rule.id).toContain(rule.status);
    for (const row of r.coverage.errorRows.filter((x) => x.code !== 'InternalError'))
      expect(row.coverage, row.code).not.toBe('hole');
    expect(
      r.coverage.errorRows
        .filter((e) => e.coverage === 'judged')
        .map((e) => e.code)
        .sort(),
    ).toEqual([
      'InvalidKeyPairName.Malformed',
      'InvalidPublicKeyBody.Malformed',
      'InvalidResourceGroup.NotFound',
      'KeyPair.AlreadyExist',
      'MissingParameter',
      'QuotaExceed.KeyPair',
    ]);
  });

  test('observations are recorded and never judged', () => {
    const obs = readReport(dir).cases.filter((c) => c.polarity === 'observation');
    expect(obs.length).toBeGreaterThan(4);
    for (const o of obs) {
      expect(o.status).toBe('observed');
      expect(o.evidence).toBe('undocumented');
    }
  });
});

describe('kpc run --quota-test against an emulator with auth and 3 foreign key pairs', () => {
  const ID = 'LTAI-e2e-foreign';
  const SECRET = 'e2e-foreign-secret';
  let emu: EmulatorProcess;
  beforeAll(async () => {
    emu = await startEmulatorProcess(['--port', '0', '--access-key-id', ID, '--access-key-secret', SECRET]);
    const post = (path: string, body: unknown): Promise<Response> =>
      fetch(`${emu.url}${path}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const seeded = await post('/__kpc/seed', {
      region: 'cn-hangzhou',
      keyPairs: [
        { name: 'my-own-1', foreign: true },
        { name: 'my-own-2', foreign: true },
        { name: 'my-own-3', foreign: true },
      ],
    });
    expect(seeded.status).toBe(200);
    expect((await post('/__kpc/resource-groups', { id: 'rg-e2e0001' })).status).toBe(200);
  }, 60_000);
  afterAll(() => {
    emu?.child.kill('SIGTERM');
  });

  test('is conformant, and afterwards only the 3 foreign key pairs remain', async () => {
    const dir = tmp();
    const out = await runKpc(
      ['run', '--target', emu.url, '--quota-test', '--resource-group', 'rg-e2e0001', '--report-dir', dir],
      { CI: 'true', ALIBABA_CLOUD_ACCESS_KEY_ID: ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET },
    );
    expect(out.code, out.stdout + out.stderr).toBe(0);
    const r = readReport(dir);
    expect(r.cases.find((c) => c.scenario === 'quota')?.status).toBe('passed');
    expect(r.cases.find((c) => c.scenario === 'known-resource-group')?.status).toBe('passed');
    const state = (await (await fetch(`${emu.url}/__kpc/state`)).json()) as {
      regions: Record<string, { keyPairs: Array<{ name: string }> }>;
    };
    const names = Object.values(state.regions)
      .flatMap((x) => x.keyPairs.map((k) => k.name))
      .sort();
    expect(names).toEqual(['my-own-1', 'my-own-2', 'my-own-3']);
  }, 180_000);

  test('wrong credentials stop the run before anything is written, naming the problem (exit 2)', async () => {
    const dir = tmp();
    const out = await runKpc(['run', '--target', emu.url, '--report-dir', dir], {
      CI: 'true',
      ALIBABA_CLOUD_ACCESS_KEY_ID: ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'wrong-secret',
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('SignatureDoesNotMatch');
    expect(out.stderr + out.stdout).not.toContain('wrong-secret');
  }, 60_000);
});
