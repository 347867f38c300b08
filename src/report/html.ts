import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult, CaseStatus, StepRecord } from '../engine/index.ts';
import { escapeHtml as h } from './escape.ts';
import { failuresFirst, mismatchLine, replayHeader, replayOf } from './failures.ts';
import { findingsOf, placesText } from './findings.ts';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.ts';
import type { Reporter } from './reporter.ts';
import type { Report } from './types.ts';

/**
 * report.html: one self-contained page (no external resource; a CSP forbids any) with the
 * verdict, the counts, the cases failures first with client-side filters, and the
 * rule × case coverage matrix. Everything a target sent is escaped; rows are rendered
 * here, so the page reads the same without its script, only the filters need it.
 */

const STATUSES: ReadonlyArray<[CaseStatus, string, keyof Report['summary']]> = [
  ['passed', 'passed', 'passed'],
  ['failed', 'failed', 'failed'],
  ['inconclusive', 'inconclusive', 'inconclusive'],
  ['skipped', 'skipped', 'skipped'],
  ['observed', 'observations', 'observations'],
];

/** A table's head row: its column names. */
const tableHead = (...names: string[]): string =>
  `<thead><tr>${names.map((n) => `<th>${n}</th>`).join('')}</tr></thead>`;

const clip = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} characters)` : s);

function meta(r: Report): string {
  const secs = ((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1);
  const rows: Array<[string, string]> = [
    ['target', `${r.target.url}${r.target.embedded ? ' (embedded emulator)' : ''}`],
    ['region', `${r.target.region}${r.target.secondRegion ? ` (+ ${r.target.secondRegion})` : ''}`],
    ['document', `${r.spec.document}, revision ${r.spec.revision}`],
    ['run token', r.run.token],
    ['started', `${r.startedAt} (${secs} s)`],
    ['signature', r.run.signature],
    ['tool', `${r.tool.name} ${r.tool.version}`],
  ];
  if (r.run.shard) rows.push(['shard', r.run.shard]);
  if (r.run.only) rows.push(['only', r.run.only]);
  if (r.recordedAt) rows.push(['recorded as a baseline', r.recordedAt]);
  return `<dl class="meta">${rows.map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${h(v)}</dd></div>`).join('')}</dl>`;
}

/** A count card: the number over its label; `attrs` are the card's attributes. */
const countCard = (attrs: string, n: number, label: string): string =>
  `<div ${attrs}><span class="n">${n}</span><span class="l">${label}</span></div>`;

function counts(r: Report): string {
  const cards = STATUSES.map(([status, label, key]) => {
    const n = r.summary[key];
    const attrs =
      `class="count c-${status}${n > 0 ? ' nonzero' : ''}" data-count="${status}" ` +
      `data-set-status="${status}" title="show ${label}"`;
    return countCard(attrs, n, label);
  });
  cards.unshift(
    countCard('class="count" data-count="total" data-set-status="" title="show all"', r.summary.total, 'cases'),
  );
  cards.push(countCard('class="count" data-count="requests"', r.summary.requests, 'requests'));
  const res = r.resources;
  const leaked =
    res.leaked.length > 0 ? ` (${h(res.leaked.map((l) => `${l.region}/${l.name}`).join(', '))}; run kpc sweep)` : '';
  const resources = `${res.created} key pair(s) created, ${res.deleted} deleted, ${res.leaked.length} leaked${leaked}`;
  return `<section class="counts" id="counts">${cards.join('')}</section><p class="title">Resources: ${resources}.</p>`;
}

function parity(r: Report): string {
  const p = r.parity;
  if (!p) return '';
  const drifted = p.drifted
    .map((id) => {
      const changes = (p.changes[id] ?? []).map((c) => `<li><code>${h(c)}</code></li>`).join('');
      return `<li><code>${h(id)}</code><ul>${changes}</ul></li>`;
    })
    .join('');
  const head =
    `<strong>Parity with the baseline: ${h(p.verdict.toUpperCase())}</strong> — ` +
    `recorded ${h(p.baseline.date)} against ${h(p.baseline.target)} ` +
    `(${h(p.baseline.region)}, revision ${h(p.baseline.revision)}); ` +
    `${p.compared} case(s) compared, ${p.drifted.length} drifted, ${p.unverified.length} unverified.`;
  const warnings = p.warnings.map((w) => `<div>warning: ${h(w)}</div>`).join('');
  const list = drifted ? `<ul>${drifted}</ul>` : '';
  return `<section class="panel p-${p.verdict}" id="parity">${head}${warnings}${list}</section>`;
}

/** Rules the run saw broken outside its cases (teardown), with the key pairs concerned. */
function findingPanel(r: Report): string {
  const items = findingsOf(r)
    .map(
      (f) =>
        `<li><code>${h(f.rule)}</code> (${h(f.source)}): ${h(f.summary)}: <code>${h(placesText(f, 50))}</code></li>`,
    )
    .join('');
  return items
    ? '<section class="panel p-drifted" id="findings"><strong>Broken outside the cases</strong>' +
        `<ul>${items}</ul></section>`
    : '';
}

function stepBlock(s: StepRecord, i: number): string {
  const params = Object.fromEntries(Object.entries(s.request.params).map(([k, v]) => [k, clip(v)]));
  const answer = s.response
    ? `${s.response.status}${s.response.code ? ` ${s.response.code}` : ''}`
    : s.infrastructure
      ? `no response: ${s.infrastructure}`
      : 'no response';
  const calls = s.calls !== undefined ? ` · ${s.calls} calls: ${JSON.stringify(s.outcomes ?? {})}` : '';
  const parts = [
    `<div><strong>step ${i + 1} ${h(s.request.action)}</strong> → ${h(answer)}${h(calls)}</div>`,
    `<pre>${h(JSON.stringify(params, null, 2))}</pre>`,
  ];
  if (s.response) parts.push(`<pre>${h(clip(JSON.stringify(s.response.body, null, 2) ?? '', 4000))}</pre>`);
  if (s.observations) parts.push(`<div>observed: <code>${h(JSON.stringify(s.observations))}</code></div>`);
  return parts.join('');
}

function caseRow(c: CaseResult, r: Report): string {
  const mismatches = c.steps.flatMap((s, i) =>
    s.mismatches.map((m) => `<li class="mismatch">step ${i + 1} ${h(s.request.action)}: ${h(mismatchLine(m))}</li>`),
  );
  const details: string[] = [];
  if (c.reason) details.push(`<div>${h(c.status)}: ${h(c.reason)}</div>`);
  if (mismatches.length > 0) details.push(`<ul>${mismatches.join('')}</ul>`);
  if (c.status === 'failed') {
    const rp = replayOf(c, r);
    const curls = rp.curls.map((x) => `<div>redacted request (re-sign before sending):</div><pre>${h(x)}</pre>`);
    details.push(`<div>replay: ${h(replayHeader(rp))}</div><pre>${h(rp.rerun)}</pre>${curls.join('')}`);
  }
  details.push(...c.steps.map(stepBlock));
  const text = [
    c.id,
    c.title,
    c.file,
    c.status,
    c.scenario,
    ...c.rules,
    ...c.brokenRules,
    ...c.steps.map((s) => s.response?.code ?? ''),
  ]
    .join(' ')
    .toLowerCase();
  const codes = [...new Set(c.steps.map((s) => s.response?.code).filter((x): x is string => !!x))];
  const allRules = h([...new Set([...c.rules, ...c.brokenRules])].join(' '));
  const firstMismatches = mismatches.length > 0 ? `<ul>${mismatches.slice(0, 3).join('')}</ul>` : '';
  const broken = c.brokenRules.length > 0 ? `<div class="mismatch">broken: ${h(c.brokenRules.join(', '))}</div>` : '';
  return [
    `<tr class="case s-${c.status}" data-status="${c.status}" data-rules="${allRules}" data-text="${h(text)}">`,
    `<td><span class="pill">${h(c.status)}</span></td>`,
    `<td><div class="case-id">${h(c.id)}</div><div class="title">${h(c.title)}</div>${firstMismatches}`,
    `<details><summary>details</summary>${details.join('')}</details></td>`,
    `<td class="rules">${c.rules.map((x) => `<code>${h(x)}</code>`).join('')}${broken}</td>`,
    `<td class="mono">${h(codes.join(', '))}</td>`,
    `<td class="num">${c.requests}</td><td class="num">${(c.durationMs / 1000).toFixed(2)} s</td>`,
    '</tr>',
  ].join('');
}

function filters(r: Report): string {
  const statusOptions = STATUSES.map(
    ([s, label]) => `<option value="${s}">${label} (${r.summary[STATUSES.find((x) => x[0] === s)![2]]})</option>`,
  ).join('');
  const ruleOptions = r.coverage.rules.map((x) => `<option value="${h(x.id)}">${h(x.id)}</option>`).join('');
  return [
    '<div class="filters">',
    `<label>Status <select id="filter-status"><option value="">all</option>${statusOptions}</select></label>`,
    `<label>Rule <select id="filter-rule"><option value="">all rules</option>${ruleOptions}</select></label>`,
    '<input id="filter-text" type="search" placeholder="filter by id, title, rule or code"' +
      ' aria-label="filter cases by text">',
    `<span id="shown">showing ${r.cases.length} of ${r.cases.length} cases</span>`,
    '</div>',
  ].join('');
}

function matrix(r: Report): string {
  const byId = new Map(r.cases.map((c) => [c.id, c]));
  // A cell is red only where the case broke this rule; a case that failed on another rule is pale.
  const cell = (rule: string, c: CaseResult): [string, string] =>
    c.status !== 'failed'
      ? [c.status, c.status]
      : c.brokenRules.includes(rule)
        ? ['failed', `failed: broke ${rule}`]
        : ['other', `failed on ${c.brokenRules.join(', ')}; held ${rule}`];
  const rows = r.coverage.rules.map((rule) => {
    const hit = new Set(rule.cases);
    const broken =
      (rule.findings?.length ?? 0) > 0 || rule.cases.some((id) => byId.get(id)?.brokenRules.includes(rule.id));
    const cells = r.cases
      .map((c) => {
        if (!hit.has(c.id)) return '<td class="m"></td>';
        const [cls, what] = cell(rule.id, c);
        return `<td class="m ${cls}" title="${h(`${c.id}: ${what}`)}"></td>`;
      })
      .join('');
    const mark = broken ? '✗ ' : '';
    const head = `<th class="rule" data-set-rule="${h(rule.id)}" title="${h(rule.title)}">${mark}${h(rule.id)}</th>`;
    return `<tr>${head}<td class="cov">${h(rule.evidence)} · ${h(rule.status)}</td>${cells}</tr>`;
  });
  const legend = [
    ...STATUSES.map(([s]) => [s, s === 'failed' ? 'broke the rule' : s]),
    ['other', 'failed on another rule'],
  ]
    .map(([cls, label]) => `<span><i class="${cls}"></i>${h(label!)}</span>`)
    .join('');
  const hint = '<span>one column per case, in suite order; click a rule to filter the cases</span>';
  return [
    '<section id="coverage"><h2>Coverage: rule × case</h2>',
    `<div class="legend">${legend}${hint}</div>`,
    `<div class="matrix-wrap"><table class="matrix"><tbody>${rows.join('')}</tbody></table></div>`,
    `${errorRows(r)}</section>`,
  ].join('');
}

function errorRows(r: Report): string {
  const rows = r.coverage.errorRows
    .map(
      (e) =>
        `<tr><td><code>${h(e.code)}</code></td><td>${e.status}</td>` +
        `<td>${h(e.coverage)}</td><td>${e.cases.length}</td></tr>`,
    )
    .join('');
  const holes =
    r.coverage.holes.length > 0
      ? `<p class="mismatch">Coverage holes: ${h(r.coverage.holes.join('; '))}</p>`
      : '<p class="title">No coverage hole: every documented rule and error row was exercised.</p>';
  const head = tableHead('code', 'status', 'coverage', 'cases');
  return `<h2>Error rows</h2><table>${head}<tbody>${rows}</tbody></table>${holes}`;
}

/** The page's policy: its own inline style and script, and nothing loaded from anywhere. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
const NO_MATCH = '<p id="no-match" class="empty" hidden>No case matches the filters.</p>';
const NOSCRIPT = '<noscript><p class="empty">The filters need JavaScript; every case is listed above.</p></noscript>';

/** Renders report.html. */
export function renderHtml(r: Report): string {
  const verdict = r.verdict.toUpperCase();
  const rows = failuresFirst(r.cases)
    .map((c) => caseRow(c, r))
    .join('\n');
  const header =
    `<header class="verdict v-${r.verdict}"><div class="label">ImportKeyPair conformance · verdict</div>` +
    `<h1 id="verdict">${h(verdict)}</h1><p id="verdict-reason">${h(r.verdictReason)}</p>${meta(r)}</header>`;
  const footer =
    `<footer>Written by ${h(r.tool.name)} ${h(r.tool.version)} at ${h(r.finishedAt)}. ` +
    'Error messages are recorded, never asserted; observations are recorded, never judged.</footer>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${h(`${verdict} · ImportKeyPair conformance · ${r.target.url}`)}</title><style>${HTML_STYLE}</style></head>
<body><main>
${header}
${counts(r)}
${findingPanel(r)}
${parity(r)}
<section id="cases"><h2>Cases</h2>${filters(r)}
<table id="case-table">${tableHead('status', 'case', 'rules', 'codes', 'requests', 'time')}<tbody>
${rows}
</tbody></table>${NO_MATCH}${NOSCRIPT}</section>
${matrix(r)}
${footer}
</main><script>${HTML_SCRIPT}</script></body></html>
`;
}

/** Writes report.html next to report.json. */
export function htmlReporter(): Reporter {
  return {
    name: 'html',
    onRunEnd(report, dir) {
      writeFileSync(join(dir, 'report.html'), renderHtml(report));
    },
  };
}
