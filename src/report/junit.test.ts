import { describe, expect, test } from 'vitest';
import { caseResult, hostileCase, report, step } from './fixtures.ts';
import { renderJunit } from './junit.ts';

describe('junit.xml', () => {
  const cases = [
    caseResult({ id: 'ok' }),
    caseResult({
      id: 'bad',
      status: 'failed',
      brokenRules: ['IKP-FP-FORMAT'],
      steps: [
        step({
          mismatches: [{ path: 'body.X', expected: 'a', actual: 'b', rule: 'IKP-FP-FORMAT' }],
          curl: "curl 'http://h/?a=1&b=2'",
        }),
      ],
    }),
    caseResult({ id: 'skip', status: 'skipped', reason: 'needs a resource group' }),
    caseResult({ id: 'inc', status: 'inconclusive', reason: 'target errors' }),
    caseResult({
      id: 'obs',
      status: 'observed',
      polarity: 'observation',
      steps: [step({ observations: { 'body.KeyPairFingerPrint#form': 'md5-hex' } })],
    }),
  ];
  const xml = renderJunit(report(cases));

  test('has one testcase per case and the counts on the suite', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(5);
    expect(xml).toContain('<testsuites name="keypair-conformance" tests="5" failures="1" errors="0" skipped="2"');
  });

  test('a failed case carries a failure with its mismatches and the replay, escaped', () => {
    expect(xml).toContain(
      '<failure message="broken rule(s): IKP-FP-FORMAT" type="IKP-FP-FORMAT">' +
        'step 1 ImportKeyPair: body.X: expected a, got &quot;b&quot; [IKP-FP-FORMAT]',
    );
    expect(xml).toContain('replay: case bad · run token kpctoken0001');
    expect(xml).toContain('curl &#39;http://h/?a=1&amp;b=2&#39;');
  });

  test('skipped and inconclusive cases are skipped with their reason', () => {
    expect(xml).toContain('<skipped message="skipped: needs a resource group"/>');
    expect(xml).toContain('<skipped message="inconclusive: target errors"/>');
  });

  test('an observation passes and carries what it observed as properties', () => {
    const obs = xml.slice(xml.indexOf('name="obs: '), xml.indexOf('</testcase>', xml.indexOf('name="obs: ')));
    expect(obs).not.toContain('<failure');
    expect(obs).not.toContain('<skipped');
    expect(obs).toContain('<property name="step 1 body.KeyPairFingerPrint#form" value="md5-hex"/>');
  });

  test('markup and control characters from a target cannot break the XML', () => {
    const hostile = renderJunit(report([hostileCase()]));
    expect(hostile).not.toMatch(/<script|<b>|\u0001/);
    expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Every '<' left opens one of our own elements.
    const tags = [...hostile.matchAll(/<([/?!]?[a-zA-Z]+)/g)].map((m) => m[1]!.replace(/^\//, ''));
    expect(new Set(tags)).toEqual(
      new Set(['?xml', 'testsuites', 'testsuite', 'properties', 'property', 'testcase', 'failure']),
    );
  });
});
