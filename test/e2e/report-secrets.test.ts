import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningEmulator } from '../../emulator/index.ts';
import { emulatorWithFingerprint, kpc, readReport, tmp } from './report-fixtures.ts';

// A secret canary passed as ALIBABA_CLOUD_ACCESS_KEY_SECRET must appear in no report, no
// ledger, no log line and no terminal output of a run that fails, in any encoding.

const ID = 'LTAI5tCanaryE2E';
const CANARY = 'CANARY-9f3b7c-SECRET/+=~x';

/** Every form the canary could leak in: raw, URL- and RFC 3986-encoded, base64, JSON, as the V1 HMAC key. */
function forms(secret: string): string[] {
  const b64 = Buffer.from(secret).toString('base64');
  const rfc = encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      rfc,
      encodeURIComponent(rfc),
      new URLSearchParams({ s: secret }).toString().slice(2),
      b64,
      Buffer.from(secret).toString('base64url'),
      encodeURIComponent(b64),
      JSON.stringify(secret).slice(1, -1),
      `${secret}&`,
      'CANARY-9f3b7c',
    ]),
  ];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)],
  );
}

describe('a failing run leaks no secret', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await emulatorWithFingerprint('sha1-colon', { accessKeys: { [ID]: CANARY } });
  });
  afterAll(() => emu?.close());

  test.for<[string, string[]]>([
    ['the whole suite, V3 signatures', []],
    [
      "name cases with V1 signatures and vitest's own output (--verbose)",
      ['--signature', 'v1', '--verbose', '--only', 'ikp-name-*'],
    ],
  ])(
    '%s: exit 1, and no report, ledger, summary or output line holds the canary',
    { timeout: 180_000 },
    async ([, extra]) => {
      const dir = tmp('kpc-canary-');
      const summary = join(dir, 'step-summary.md');
      writeFileSync(summary, '');
      const out = await kpc(
        ['run', '--target', emu.url, '--resource-group', 'rg-kpce2e0001', '--report-dir', dir, ...extra],
        {
          ALIBABA_CLOUD_ACCESS_KEY_ID: ID,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY,
          GITHUB_STEP_SUMMARY: summary,
        },
      );
      expect(out.code, out.stderr).toBe(1);
      expect(readReport(dir).summary.failed).toBeGreaterThan(0);
      const files = filesUnder(dir);
      for (const f of ['report.json', 'report.md', 'junit.xml', 'report.html', 'ledger.jsonl', 'step-summary.md'])
        expect(files).toContain(join(dir, f));
      expect(readFileSync(summary, 'utf8')).toContain('NON-CONFORMANT');
      const texts: Array<[string, string]> = [
        ['stdout', out.stdout],
        ['stderr', out.stderr],
        ...files.map((f) => [f, readFileSync(f, 'latin1')] as [string, string]),
      ];
      for (const [where, text] of texts)
        for (const form of forms(CANARY)) expect(text.includes(form), `${form} in ${where}`).toBe(false);
      // The output searched is the failing run's: it names its failures.
      expect(out.stdout).toContain('FAIL ');
      expect(existsSync(join(dir, 'report.html'))).toBe(true);
    },
  );
});
