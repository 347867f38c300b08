import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult } from '../engine/index.ts';
import { escapeXml, xmlAttr } from './escape.ts';
import { mismatchLines, replayHeader, replayOf } from './failures.ts';
import { findingsOf } from './findings.ts';
import type { Reporter } from './reporter.ts';
import type { Finding, Report } from './types.ts';

/**
 * junit.xml: one <testcase> per case, for CI systems that read JUnit. Failed cases carry a
 * <failure> with the mismatches and the replay; skipped and inconclusive ones a <skipped>;
 * observations pass and carry what they observed as properties. A rule the run saw broken
 * outside its cases (teardown) is a failed <testcase> of its own, its key pairs in the failure.
 */

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function property(name: string, value: string): string {
  return `<property name="${xmlAttr(name)}" value="${xmlAttr(value)}"/>`;
}

function observedProperties(c: CaseResult): string[] {
  return c.steps.flatMap((s, i) => [
    property(
      `step ${i + 1} ${s.request.action}`,
      s.response
        ? `${s.response.status}${s.response.code ? ` ${s.response.code}` : ''}`
        : (s.infrastructure ?? 'no response'),
    ),
    ...Object.entries(s.observations ?? {}).map(([k, v]) =>
      property(`step ${i + 1} ${k}`, typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined')),
    ),
  ]);
}

function testcase(c: CaseResult, r: Report): string {
  const classname = xmlAttr(c.file.replace(/\.ya?ml$/, ''));
  const name = xmlAttr(`${c.id}: ${c.title}`);
  const open = `    <testcase classname="${classname}" name="${name}" time="${seconds(c.durationMs)}"`;
  const props = [property('rules', c.rules.join(', ')), property('evidence', c.evidence), property('status', c.status)];
  if (c.status === 'observed') props.push(...observedProperties(c));
  const body: string[] = [`      <properties>${props.join('')}</properties>`];
  if (c.status === 'failed') {
    const replay = replayOf(c, r);
    const text = [
      ...mismatchLines(c),
      '',
      `replay: ${replayHeader(replay)}`,
      `rerun: ${replay.rerun}`,
      ...replay.curls.map((x) => `redacted request (re-sign before sending): ${x}`),
    ].join('\n');
    const message = xmlAttr(`broken rule(s): ${c.brokenRules.join(', ') || 'none named'}`);
    const type = xmlAttr(c.brokenRules[0] ?? 'mismatch');
    body.push(`      <failure message="${message}" type="${type}">${escapeXml(text)}</failure>`);
  } else if (c.status === 'skipped' || c.status === 'inconclusive') {
    body.push(`      <skipped message="${xmlAttr(`${c.status}${c.reason ? `: ${c.reason}` : ''}`)}"/>`);
  }
  return `${open}>\n${body.join('\n')}\n    </testcase>`;
}

/** A rule the run saw broken outside its cases, as a failed <testcase> of its own. */
function findingCase(f: Finding): string {
  const name = `${f.rule}: ${f.summary}`;
  const text = f.places.map((p) => `${p.region}/${p.name}`).join('\n');
  return [
    `    <testcase classname="${xmlAttr(f.source)}" name="${xmlAttr(name)}" time="0.000">`,
    `      <properties>${property('rules', f.rule)}${property('status', 'failed')}</properties>`,
    `      <failure message="${xmlAttr(`broken rule(s): ${f.rule}`)}" type="${xmlAttr(f.rule)}">` +
      `${escapeXml(text)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Renders junit.xml. */
export function renderJunit(r: Report): string {
  const findings = findingsOf(r);
  const s = { ...r.summary, total: r.summary.total + findings.length, failed: r.summary.failed + findings.length };
  const skipped = s.skipped + s.inconclusive;
  const time = seconds(Date.parse(r.finishedAt) - Date.parse(r.startedAt));
  const counts = `tests="${s.total}" failures="${s.failed}" errors="0" skipped="${skipped}" time="${time}"`;
  const suiteName = xmlAttr(`ImportKeyPair conformance (${r.target.url})`);
  const suiteProps = [
    property('verdict', r.verdict),
    property('verdictReason', r.verdictReason),
    property('target', r.target.url),
    property('region', r.target.region),
    property('documentRevision', r.spec.revision),
    property('runToken', r.run.token),
  ];
  if (r.parity) suiteProps.push(property('parity', `${r.parity.verdict} (${r.parity.drifted.length} drifted)`));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="keypair-conformance" ${counts}>`,
    `  <testsuite name="${suiteName}" ${counts} timestamp="${xmlAttr(r.startedAt)}">`,
    `    <properties>${suiteProps.join('')}</properties>`,
    ...r.cases.map((c) => testcase(c, r)),
    ...findings.map(findingCase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Writes junit.xml next to report.json. */
export function junitReporter(): Reporter {
  return {
    name: 'junit',
    onRunEnd(report, dir) {
      writeFileSync(join(dir, 'junit.xml'), renderJunit(report));
    },
  };
}
