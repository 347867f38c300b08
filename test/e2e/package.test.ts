import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/report/types.ts';
import { runKpc } from './emulator-process.ts';

// A user's package (test/fixtures/consumer) that installs what `npm pack` produces, with its
// dependencies from this project's node_modules, imports the package by its exports, runs a
// handful of cases in its own vitest run against the embedded emulator, and runs kpc itself.

const ROOT = resolve(import.meta.dirname, '../..');
const MODULES = join(ROOT, 'node_modules');

/** npm pack into `dir` (dist/ is built by the test setup); resolves the tarball's path. */
function pack(dir: string): string {
  const args = ['pack', '--pack-destination', dir, '--silent', '--ignore-scripts'];
  const out = execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8' });
  return join(dir, out.trim().split('\n').pop()!);
}

/** The consumer fixture with the tarball installed and every other dependency linked from this project. */
function install(tarball: string, dir: string): string {
  const app = join(dir, 'consumer');
  cpSync(join(ROOT, 'test/fixtures/consumer'), app, { recursive: true });
  const own = join(app, 'node_modules', 'keypair-conformance');
  mkdirSync(own, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', own, '--strip-components', '1']);
  for (const name of readdirSync(MODULES)) {
    if (name !== 'keypair-conformance') symlinkSync(join(MODULES, name), join(app, 'node_modules', name));
  }
  return app;
}

function run(cmd: string, args: string[], cwd: string): { code: number; out: string } {
  try {
    return {
      code: 0,
      out: execFileSync(cmd, args, {
        cwd,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      }),
    };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: `${x.stdout}${x.stderr}` };
  }
}

describe("the packed package, installed in a user's project", () => {
  let app: string;
  let files: string[];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'kpc-pack-'));
    const tarball = pack(dir);
    files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
    app = install(tarball, dir);
  }, 120_000);

  test('ships compiled JavaScript with declarations for every export, and no TypeScript sources to run', () => {
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules/keypair-conformance/package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>;
    };
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : [target.types, target.default];
      for (const p of paths) expect(files, `${entry}: ${p}`).toContain(`package/${p.replace(/^\.\//, '')}`);
    }
    expect(files.filter((f) => /^package\/(src|emulator|generators)\/.*\.ts$/.test(f))).toEqual([]);
  });

  test('type-checks a test file that imports keypair-conformance/vitest as a user would', () => {
    const r = run(process.execPath, [join(MODULES, 'typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  test("runs a handful of cases in the user's own vitest run against the embedded emulator", () => {
    const r = run(process.execPath, [join(MODULES, 'vitest/vitest.mjs'), 'run'], app);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Tests\s+10 passed/);
    const report = JSON.parse(readFileSync(join(app, 'reports/conformance/report.json'), 'utf8')) as Report;
    expect(report.verdict).toBe('conformant');
    expect(report.resources.leaked).toEqual([]);
  }, 120_000);

  test('kpc run --only from the install is conformant', async () => {
    const kpc = join(app, 'node_modules/keypair-conformance/bin/kpc.js');
    const out = await runKpc(
      ['run', '--only', 'ikp-name-length/*', '--report-dir', join(app, 'reports/cli')],
      { CI: 'true' },
      kpc,
    );
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('CONFORMANT');
  }, 60_000);
});
