import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningEmulator } from '../../emulator/index.ts';
import type { Report } from '../../src/report/types.ts';
import { emulatorWithFingerprint, kpc, readReport, tmp } from './report-fixtures.ts';

// What a person sees when they open report.html from a failing run, in Debian's Chromium
// (headless): the verdict, the counts, a failure first, and filters that hide and show rows.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const hasChromium = existsSync(CHROMIUM);

// Without Chromium the tests are skipped, and their group's name says why.
const GROUP = hasChromium
  ? 'report.html in headless Chromium'
  : `report.html in headless Chromium (skipped: ${CHROMIUM} is absent; CI installs Debian's chromium)`;

describe.skipIf(!hasChromium)(GROUP, () => {
  const dir = tmp('kpc-html-');
  let emu: RunningEmulator;
  let browser: Browser;
  let page: Page;
  let report: Report;
  beforeAll(async () => {
    emu = await emulatorWithFingerprint('sha1-colon');
    const run = await kpc(['run', '--target', emu.url, '--only', 'ikp-name-*', '--report-dir', dir]);
    expect(run.code, run.stderr).toBe(1);
    report = readReport(dir);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await emu?.close();
  });

  const visibleRows = (): Promise<Array<string | null>> =>
    page
      .locator('#case-table tbody tr.case:visible')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));

  test('shows the verdict and its reason', async () => {
    expect(await page.locator('#verdict').innerText()).toBe('NON-CONFORMANT');
    expect(await page.locator('#verdict').isVisible()).toBe(true);
    expect(await page.locator('#verdict-reason').innerText()).toBe(report.verdictReason);
  });

  test('shows the counts of report.json', async () => {
    const count = async (k: string): Promise<number> =>
      Number(await page.locator(`[data-count="${k}"] .n`).innerText());
    expect(report.summary.failed).toBeGreaterThan(0);
    expect(await count('total')).toBe(report.summary.total);
    expect(await count('passed')).toBe(report.summary.passed);
    expect(await count('failed')).toBe(report.summary.failed);
  });

  test('lists a failure first, with what it broke', async () => {
    const first = page.locator('#case-table tbody tr.case').first();
    expect(await first.getAttribute('data-status')).toBe('failed');
    expect(await first.innerText()).toContain('IKP-FP-FORMAT');
    expect(await page.locator('#shown').innerText()).toBe(
      `showing ${report.summary.total} of ${report.summary.total} cases`,
    );
    await page.screenshot({ path: join(dir, 'report-html.png'), fullPage: false });
    expect(statSync(join(dir, 'report-html.png')).size).toBeGreaterThan(10_000);
  });

  test('the status filter hides the other rows and shows them again', async () => {
    await page.selectOption('#filter-status', 'passed');
    const rows = await visibleRows();
    expect(rows.length).toBe(report.summary.passed);
    expect(new Set(rows)).toEqual(new Set(['passed']));
    await page.selectOption('#filter-status', '');
    expect((await visibleRows()).length).toBe(report.summary.total);
  });

  test('the text and rule filters narrow the rows; clicking a count filters by status', async () => {
    const failed = report.cases.find((c) => c.status === 'failed')!;
    await page.fill('#filter-text', failed.id);
    expect(await visibleRows()).toEqual(['failed']);
    await page.fill('#filter-text', 'no such case anywhere');
    expect(await visibleRows()).toEqual([]);
    expect(await page.locator('#no-match').isVisible()).toBe(true);
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-rule', 'IKP-NAME-URL-PREFIX');
    expect((await visibleRows()).length).toBe(
      report.cases.filter((c) => c.rules.includes('IKP-NAME-URL-PREFIX')).length,
    );
    await page.selectOption('#filter-rule', '');
    await page.locator('[data-count="failed"]').click();
    expect(new Set(await visibleRows())).toEqual(new Set(['failed']));
    expect(await page.locator('#shown').innerText()).toBe(
      `showing ${report.summary.failed} of ${report.summary.total} cases`,
    );
  });
});
