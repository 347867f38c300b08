import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runKpc } from './emulator-process.ts';

// The front door as a new user meets it: every bad input gets one line naming what is wrong
// and exit 2, nothing is created on a target that is not ECS, and the README's first command
// works with Alibaba credentials in the environment.

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kpc-door-'));
const oneLine = (s: string): string[] => s.trim().split('\n');

/** A web server that is not ECS: every request gets the same answer; `hits` counts them. */
async function notEcs(
  status: number,
  type: string,
  body: string,
): Promise<{ url: string; hits: () => number; server: Server }> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits, server };
}

function caseFolder(yaml: string): string {
  const dir = tmp();
  mkdirSync(join(dir, 'mine'));
  writeFileSync(join(dir, 'mine', 'cases.yaml'), yaml);
  return dir;
}

const ONE_CASE = (rule: string, key = 'key') => `suite: mine
description: one case
origin: hand-written
cases:
  - id: mine/one
    title: accepts a name
    rules: [ ${rule} ]
    scenario: valid-class
    polarity: positive
    evidence: documented
    vars:
      name: { name: {} }
      key: { key: ecdsa-nistp256 }
    steps:
      - action: ImportKeyPair
        params:
          RegionId: \${region}
          KeyPairName: \${name}
          PublicKeyBody: \${key}
        expect:
          status: 200
          body:
            KeyPairFingerPrint: { match: fingerprint-of, key: ${key}, form: colon }
`;

describe('bad input: one line, exit 2', () => {
  test.for([
    [['run', '--target', 'not-a-url'], 'target URL is not a valid absolute URL: "not-a-url"'],
    [['run', '--report-dir', 'package.json'], 'package.json: cannot write reports there (it is a file)'],
    [['run', '--cases', '/no/such/folder'], '/no/such/folder: cannot read the case folder (ENOENT)'],
    [['run', '--only', 'no-such-case-*'], 'no case to run: --only no-such-case-* selects none of the'],
  ] as const)('kpc %j', async ([args, message]) => {
    const out = await runKpc([...args]);
    expect(out.code, out.stderr).toBe(2);
    expect(oneLine(out.stderr)).toHaveLength(1);
    expect(out.stderr).toContain(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  test('a case file citing a rule the spec does not have names the file, the case and the rule', async () => {
    const out = await runKpc(['run', '--cases', caseFolder(ONE_CASE('IKP-NAME-LENGHT'))]);
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe(
      'kpc run: mine/cases.yaml: case mine/one cites rule IKP-NAME-LENGHT, which the spec does not have',
    );
  });

  test('a fingerprint-of naming no key of the case is refused before the run, not blamed on the target', async () => {
    const out = await runKpc(['run', '--cases', caseFolder(ONE_CASE('IKP-NAME-LENGTH', 'kee'))]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('fingerprint-of names kee, which is not a key variable of the case');
  });
});

describe('a target that is not ECS', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  test.for([
    [
      200,
      'text/html',
      '<html><body>Welcome to nginx</body></html>',
      '200 text/html, body "<html><body>Welcome to nginx',
    ],
    [404, 'application/json', '{"error":"not found"}', '404 application/json, body "{\\"error\\":\\"not found\\"}"'],
  ] as const)(
    'answering %s %s stops the run before anything is created (exit 2)',
    async ([status, type, body, shown]) => {
      const t = await notEcs(status, type, body);
      servers.push(t.server);
      const out = await runKpc(['run', '--target', t.url, '--report-dir', tmp()]);
      expect(out.code).toBe(2);
      expect(oneLine(out.stderr)).toHaveLength(1);
      expect(out.stderr).toContain(`is not an ECS endpoint: DescribeKeyPairs answered ${shown}`);
      expect(t.hits()).toBe(1); // the preflight, and nothing after it
    },
  );
});

describe("the README's first command with Alibaba credentials in the environment", () => {
  let out: Awaited<ReturnType<typeof runKpc>>;
  let dir: string;
  beforeAll(async () => {
    dir = tmp();
    const creds = {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-someone-real',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'their-secret-value',
    };
    out = await runKpc(['run', '--only', 'ikp-name-*', '--report-dir', dir], { CI: 'true', ...creds });
  }, 120_000);

  test("runs on the embedded emulator, which accepts the run's own credentials", () => {
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('CONFORMANT');
  });

  test('never prints or writes the secret', () => {
    expect(out.stdout + out.stderr).not.toContain('their-secret-value');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).not.toContain('their-secret-value');
  });
});
