import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseResult, hostileCase, report, step } from './fixtures.ts';
import { markdownReporter, renderMarkdown, renderMarkdownWithin } from './markdown.ts';

const failing = caseResult({
  id: 'ikp-fp/valid-key/rsa',
  status: 'failed',
  brokenRules: ['IKP-FP-FORMAT'],
  steps: [
    step({
      mismatches: [{ path: 'body.KeyPairFingerPrint', expected: 'md5 colon', actual: 'abc', rule: 'IKP-FP-FORMAT' }],
      curl: "curl -sS -X POST 'http://127.0.0.1:9/?Action=x' -H 'authorization: <redacted>'",
    }),
  ],
});

describe('report.md', () => {
  const md = renderMarkdown(report([caseResult(), failing]));

  test('starts with the verdict and the counts', () => {
    expect(md.split('\n')[0]).toBe('## ❌ ImportKeyPair conformance: NON-CONFORMANT');
    expect(md).toContain('| 1 | 1 | 0 | 0 | 0 | 2 | 1 | 0 |');
  });

  test('gives each failure its mismatches and a replay line with case id, run token and the redacted curl', () => {
    expect(md).toContain('### `ikp-fp/valid-key/rsa`');
    expect(md).toContain(
      '- `step 1 ImportKeyPair: body.KeyPairFingerPrint: expected md5 colon, got "abc" [IKP-FP-FORMAT]`',
    );
    expect(md).toContain('Replay: case ikp-fp/valid-key/rsa · run token kpctoken0001');
    expect(md).toContain("--only 'ikp-fp/valid-key/rsa'");
    expect(md).toContain("```sh\ncurl -sS -X POST 'http://127.0.0.1:9/?Action=x' -H 'authorization: <redacted>'\n```");
  });

  test('has a table with one row per rule', () => {
    expect(md).toContain(
      '| ❌ `IKP-NAME-LENGTH` | documented | judged | 2 | 1 | KeyPairName is 2 to 128 characters long |',
    );
    expect(md).toContain('Coverage holes: error row 400 InvalidKeyPairName.Malformed');
  });

  test('escapes what a target sent: no raw HTML outside code, no table-breaking pipe', () => {
    const hostile = renderMarkdown(report([hostileCase()]));
    // Code spans and fences show their content literally (CommonMark); everywhere else '<' must be escaped.
    const prose = hostile.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
    expect(prose).not.toContain('<script>');
    expect(prose).not.toContain('<b>');
    expect(prose.replace(/<\/?(details|summary)>/g, '')).not.toContain('<');
    expect(hostile).toContain('title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; \\| `tick`');
  });

  test('shows the parity verdict when there is one', () => {
    const withParity = renderMarkdown(
      report([failing], {
        parity: {
          baseline: { date: 'd', region: 'cn-hangzhou', revision: 'r', target: 'vendor' },
          verdict: 'same',
          drifted: [],
          compared: 1,
          unverified: [],
          changes: {},
          warnings: [],
        },
      }),
    );
    expect(withParity).toContain(
      '**Parity with the baseline** (vendor, cn-hangzhou, revision r, recorded d): **SAME**',
    );
  });

  test('fits a size limit by listing fewer failures in full', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...failing, id: `f${i}` }));
    const small = renderMarkdownWithin(report(many), 8000);
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(8000);
    expect(small).toContain('more failure(s), listed in report.json');
  });

  test('the reporter writes report.md and appends to the step summary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpc-md-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, 'before\n');
    await markdownReporter({ stepSummary: summary }).onRunEnd!(report([failing]), dir);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('NON-CONFORMANT');
    const s = readFileSync(summary, 'utf8');
    expect(s.startsWith('before\n## ❌')).toBe(true);
  });
});
