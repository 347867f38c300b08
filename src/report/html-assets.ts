/**
 * The stylesheet and the filter script of report.html, inlined into the file: the report
 * is one self-contained page that loads nothing from anywhere. A backslash at the end of a
 * line joins it to the next one: the page gets the long line unbroken.
 */

/** report.html's stylesheet. */
export const HTML_STYLE = `
:root { --pass:#1a7f37; --fail:#cf222e; --inc:#9a6700; --skip:#6e7781; --obs:#0969da; \
--line:#d0d7de; --muted:#57606a; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; \
font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; \
color: #1f2328; background: #fff; }
main { max-width: 1280px; margin: 0 auto; padding: 24px; }
h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
pre { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; overflow-x: auto; \
white-space: pre-wrap; word-break: break-all; margin: 6px 0; }
.verdict { border-radius: 10px; padding: 20px 24px; color: #fff; }
.verdict.v-conformant { background: var(--pass); } \
.verdict.v-non-conformant { background: var(--fail); } \
.verdict.v-inconclusive { background: var(--inc); }
.verdict .label { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; opacity: .85; }
.verdict h1 { margin: 2px 0 4px; font-size: 32px; letter-spacing: .02em; }
.verdict p { margin: 0 0 12px; font-size: 15px; }
.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 4px 20px; margin: 0; \
font-size: 13px; }
.meta div { min-width: 0; } \
.meta dt { opacity: .8; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; } \
.meta dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 12px; margin: 20px 0; }
.count { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fff; cursor: pointer; \
border-top: 4px solid var(--line); }
.count .n { display: block; font-size: 26px; font-weight: 600; } .count .l { color: var(--muted); }
.count.c-passed { border-top-color: var(--pass); } \
.count.c-failed { border-top-color: var(--fail); } \
.count.c-inconclusive { border-top-color: var(--inc); }
.count.c-skipped { border-top-color: var(--skip); } .count.c-observed { border-top-color: var(--obs); }
.count.c-failed.nonzero .n { color: var(--fail); }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
.panel.p-same { border-left: 4px solid var(--pass); } .panel.p-drifted { border-left: 4px solid var(--fail); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0 12px; \
position: sticky; top: 0; background: #fff; padding: 8px 0; z-index: 1; }
.filters select, .filters input { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; }
.filters input { min-width: 260px; }
#shown { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
tr[hidden] { display: none; }
.pill { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; \
white-space: nowrap; }
.s-passed .pill, .pill.s-passed { background: var(--pass); } \
.s-failed .pill, .pill.s-failed { background: var(--fail); }
.s-inconclusive .pill, .pill.s-inconclusive { background: var(--inc); } \
.s-skipped .pill, .pill.s-skipped { background: var(--skip); }
.s-observed .pill, .pill.s-observed { background: var(--obs); }
tr.s-failed { background: #fff5f5; }
.case-id { font-weight: 600; overflow-wrap: anywhere; } .title { color: var(--muted); }
td.rules { min-width: 200px; width: 200px; }
.rules code { display: inline-block; margin: 0 4px 2px 0; padding: 0 4px; background: var(--bg); border-radius: 4px; \
white-space: nowrap; }
details { margin-top: 4px; } summary { cursor: pointer; color: var(--obs); }
.mismatch { color: var(--fail); }
.empty { color: var(--muted); padding: 16px 8px; }
.matrix-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table.matrix { width: auto; }
table.matrix td, table.matrix th { padding: 0; border-bottom: 1px solid #eaeef2; }
table.matrix th.rule { padding: 2px 10px 2px 8px; white-space: nowrap; font-weight: 500; color: #1f2328; \
cursor: pointer; position: sticky; left: 0; background: #fff; }
table.matrix th.rule:hover { color: var(--obs); }
table.matrix td.cov { padding: 2px 8px; white-space: nowrap; font-size: 12px; color: var(--muted); }
table.matrix td.m { width: 9px; min-width: 9px; height: 18px; border-left: 1px solid #f3f4f6; }
td.m.passed { background: var(--pass); } td.m.failed { background: var(--fail); } \
td.m.observed { background: var(--obs); }
td.m.inconclusive { background: var(--inc); } td.m.skipped { background: var(--skip); } \
td.m.other { background: #ffcecb; }
.legend i.passed { background: var(--pass); } .legend i.failed { background: var(--fail); } \
.legend i.inconclusive { background: var(--inc); }
.legend i.skipped { background: var(--skip); } .legend i.observed { background: var(--obs); } \
.legend i.other { background: #ffcecb; }
td.num { white-space: nowrap; text-align: right; } td.mono { max-width: 180px; overflow-wrap: anywhere; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; color: var(--muted); font-size: 12px; margin: 8px 0; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; \
vertical-align: -1px; }
footer { color: var(--muted); font-size: 12px; margin: 32px 0 8px; }
`;

/** report.html's filter script: status, rule and free text, applied to the case rows. */
export const HTML_SCRIPT = `
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#case-table tbody tr.case'));
  var status = document.getElementById('filter-status');
  var rule = document.getElementById('filter-rule');
  var text = document.getElementById('filter-text');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('no-match');
  function apply() {
    var s = status.value, r = rule.value, t = text.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (row) {
      var ok = (!s || row.getAttribute('data-status') === s)
        && (!r || (' ' + row.getAttribute('data-rules') + ' ').indexOf(' ' + r + ' ') >= 0)
        && (!t || row.getAttribute('data-text').indexOf(t) >= 0);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = 'showing ' + n + ' of ' + rows.length + ' cases';
    empty.hidden = n > 0;
  }
  status.addEventListener('change', apply);
  rule.addEventListener('change', apply);
  text.addEventListener('input', apply);
  Array.prototype.forEach.call(document.querySelectorAll('[data-set-status]'), function (el) {
    el.addEventListener('click', function () { status.value = el.getAttribute('data-set-status'); apply(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-set-rule]'), function (el) {
    el.addEventListener('click', function () { rule.value = el.getAttribute('data-set-rule'); apply(); \
document.getElementById('cases').scrollIntoView(); });
  });
  apply();
})();
`;
