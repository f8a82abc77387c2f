// The HTML report and the job summary as a person sees them, in Debian's headless Chromium.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../src/report/html.js';
import { jobSummary } from '../src/report/summary.js';
import { HOSTILE_NAME, renderedMarkdown, reportFindings } from './report-fixture.js';

const CHROMIUM = process.env.LOCLINT_CHROMIUM ?? '/usr/bin/chromium';
/** Nothing but the page: no GPU, no QUIC, no first-run, update, sync or background requests. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Where the screenshots go (e.g. to look at them); a temporary folder otherwise. */
const SCREENS = process.env.LOCLINT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'loclint-screens-'));
const installed = existsSync(CHROMIUM);
if (!installed) console.log(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set LOCLINT_CHROMIUM)`);

/** GitHub's look for the rendered summary, roughly: the test asserts what shows, not the styling. */
const SUMMARY_STYLE = `body { font: 14px/1.5 system-ui, sans-serif; max-width: 1012px; margin: 1rem auto; padding: 0 1rem; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid #d0d7de; padding: 4px 10px; }
code { background: #afb8c133; padding: .1em .3em; border-radius: 4px; } pre { background: #f6f8fa; padding: .8rem; }
summary { cursor: pointer; padding: 2px 0; }`;

describe.skipIf(!installed)('in headless Chromium', () => {
  let userData: string;
  let context: BrowserContext;
  /** Every URL a page asked for. */
  const requested: string[] = [];

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'loclint-chromium-'));
    mkdirSync(SCREENS, { recursive: true });
    context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => void requested.push(request.url()));
  });

  afterAll(async () => {
    await context?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  async function open(html: string, name: string): Promise<Page> {
    const file = join(SCREENS, `${name}.html`);
    writeFileSync(file, html);
    requested.length = 0;
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => requested.push(`dialog:${dialog.message()}`)));
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  it('shows the HTML report: filters hide findings, the marked range is visible, hostile text is text, nothing is fetched', async () => {
    const { findings, filesChecked } = await reportFindings(true);
    const page = await open(formatHtml({ findings, filesChecked }), 'html-report');
    const visible = page.locator('.finding:visible');
    const total = findings.length;
    expect(await visible.count()).toBe(total);
    await page.screenshot({ path: join(SCREENS, 'html-report.png') });
    await expect.poll(() => page.locator('#shown').textContent()).toBe(`${total} of ${total} findings shown`);

    // The emptied link is marked where a person sees it, in the translation beside the source.
    const emptied = page.locator('.finding[data-rule="link-empty-text"]').filter({ hasText: 'docs/zh-CN/writeback.md' });
    const mark = emptied.locator('.translation mark');
    expect(await mark.textContent()).toBe('[](https://docs.microsoft.com/exchange/hybrid)');
    const box = (await mark.boundingBox())!;
    expect(box.width).toBeGreaterThan(20);
    expect(box.height).toBeGreaterThan(5);
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await emptied.locator('.source pre').textContent()).toContain('see [Configure hybrid](https://docs.microsoft.com/exchange/hybrid)');
    const translationBox = (await emptied.locator('.translation').boundingBox())!;
    const sourceBox = (await emptied.locator('.source').boundingBox())!;
    expect(sourceBox.x).toBeGreaterThan(translationBox.x + translationBox.width - 1); // side by side

    // Hostile text from the files shows as the characters it holds: no image, no script ran.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).toBe('loclint report');
    const id = page.locator('.finding[data-rule="segment-id-format"] .message').first();
    expect(await id.textContent()).toContain('581fd-103`<img src=x onerror=alert(1)>`');
    const odd = page.locator('.where', { hasText: HOSTILE_NAME.replace('\n', '␊') });
    expect(await odd.count()).toBeGreaterThan(0);

    // Filters: a locale unticked hides its findings; a severity unticked hides the rest of its kind.
    const inLocale = (locale: string) => findings.filter((f) => f.file.includes(`/${locale}/`)).length;
    await page.getByLabel('de-DE').uncheck();
    expect(await visible.count()).toBe(inLocale('zh-CN'));
    expect(await page.locator('.finding[data-locale="de-DE"]:visible').count()).toBe(0);
    await page.getByLabel('warning', { exact: true }).uncheck();
    const zhErrors = findings.filter((f) => f.file.includes('/zh-CN/') && f.severity === 'error').length;
    expect(await visible.count()).toBe(zhErrors);
    await page.locator('input[name="rule"][value="link-empty-text"]').uncheck();
    expect(await visible.count()).toBe(zhErrors - 1);
    expect(await page.locator('#shown').textContent()).toBe(`${zhErrors - 1} of ${total} findings shown`);
    await page.screenshot({ path: join(SCREENS, 'html-report-filtered.png') });
    await page.getByLabel('de-DE').check();
    expect(await page.locator('.finding[data-locale="de-DE"]:visible').count()).toBeGreaterThan(0);

    expect(requested.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await page.close();
  });

  it('shows the job summary as GitHub renders its Markdown: totals, findings by file, hostile text as text', async () => {
    const { findings, filesChecked } = await reportFindings(false);
    const blobBase = 'https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567';
    const markdown = jobSummary({ findings, filesChecked, source: { blobBase }, notes: [], unsentAnnotations: 3 });
    // GitHub draws the Mermaid block as a chart; here it stays the code block it is written as.
    const body = renderedMarkdown(markdown);
    const page = await open(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>job summary</title><style>${SUMMARY_STYLE}</style></head><body>${body}</body></html>`, 'job-summary');

    const totals = page.locator('table').first().locator('tr').last();
    expect((await totals.locator('td').allTextContents()).map((t) => t.trim())).toEqual(['total', '3', String(findings.filter((f) => f.severity === 'error').length), String(findings.filter((f) => f.severity === 'warning').length), '0', String(findings.length)]);
    expect(await page.getByText('3 annotations could not be sent to the check run').isVisible()).toBe(true);

    // One collapsed block per file: its findings show once it is opened.
    const blocks = page.locator('details');
    expect(await blocks.count()).toBe(3);
    const first = page.locator('details', { hasText: 'docs/zh-CN/writeback.md' });
    const item = first.locator('li').first();
    expect(await item.isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await item.isVisible()).toBe(true);
    const line = first.getByRole('link', { name: '4:10' });
    expect(await line.getAttribute('href')).toBe(`${blobBase}/docs/zh-CN/writeback.md#L4`);
    expect(await first.getByRole('link', { name: 'front-matter-format' }).getAttribute('href')).toMatch(/\/docs\/rules\.md#front-matter-format$/);

    // The hostile file name and segment id: shown as text, one block, one list, no image or link out.
    const odd = page.locator('details', { hasText: HOSTILE_NAME.replace('\n', '␊') });
    expect(await odd.count()).toBe(1);
    await odd.locator('summary').click();
    expect(await odd.locator('li', { hasText: 'Malformed segment id `581fd-103`<img src=x onerror=alert(1)>`' }).isVisible()).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('li').count()).toBe(findings.length);

    await odd.locator('summary').click();
    await page.screenshot({ path: join(SCREENS, 'job-summary.png'), fullPage: true });
    expect(requested.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await page.close();
  });
});
