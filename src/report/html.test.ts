import { describe, expect, test } from 'vitest';
import { caseResult, hostileCase, report, step } from './fixtures.ts';
import { renderHtml } from './html.ts';

describe('report.html', () => {
  const failing = caseResult({
    id: 'bad',
    status: 'failed',
    brokenRules: ['IKP-NAME-LENGTH'],
    steps: [
      step({
        mismatches: [{ path: 'body.X', expected: 'a', actual: 'b', rule: 'IKP-NAME-LENGTH' }],
        curl: 'curl http://h/',
      }),
    ],
  });
  const html = renderHtml(report([caseResult({ id: 'good' }), failing, caseResult({ id: 'obs', status: 'observed' })]));

  test('shows the verdict, the reason and the counts', () => {
    expect(html).toContain('<h1 id="verdict">NON-CONFORMANT</h1>');
    expect(html).toContain('<p id="verdict-reason">1 case(s) failed</p>');
    expect(html).toMatch(/data-count="failed"[^>]*><span class="n">1<\/span>/);
    expect(html).toMatch(/data-count="passed"[^>]*><span class="n">1<\/span>/);
  });

  test('lists failures first, with their replay', () => {
    const rows = [...html.matchAll(/<tr class="case s-(\w+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(['failed', 'observed', 'passed']);
    expect(html).toContain('replay: case bad · run token kpctoken0001');
  });

  test('is self-contained: no external script, stylesheet, image or font', () => {
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain("default-src 'none'");
  });

  test('has the coverage matrix: a row per rule, a cell per case', () => {
    expect(html).toContain('<th class="rule" data-set-rule="IKP-NAME-LENGTH"');
    expect(html).toContain('title="bad: failed: broke IKP-NAME-LENGTH"');
    expect(html.match(/<td class="m[ "]/g)).toHaveLength(3);
  });

  test('escapes everything a target sent', () => {
    const hostile = renderHtml(report([hostileCase()]));
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain('<b>|x');
    expect(hostile).toContain('ikp-evil/&lt;b&gt;|x');
    expect(hostile.match(/<script/g)).toHaveLength(1);
  });
});
