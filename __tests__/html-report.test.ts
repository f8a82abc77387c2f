import { describe, expect, it } from 'vitest';
import type { Excerpt, Finding } from '../src/findings/finding.js';
import { formatHtml } from '../src/report/html.js';
import { reportFindings } from './report-fixture.js';

const markedText = (e: Excerpt | null | undefined) => (e?.mark ? e.text.slice(e.mark[0], e.mark[1]) : null);
const one = (findings: Finding[], rule: string, file = 'docs/zh-CN/writeback.md') => findings.filter((f) => f.rule === rule && f.file === file);

describe('finding context', () => {
  it('is gathered only when asked for', async () => {
    const { findings } = await reportFindings(false);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.context !== undefined)).toEqual([]);
  });

  it('holds the translated unit beside its source unit, the finding marked in the unit it lies in', async () => {
    const { findings } = await reportFindings(true);
    const [empty] = one(findings, 'link-empty-text');
    expect(empty!.context!.segmentId).toBe('581fd-102');
    expect(empty!.context!.translation.text).toBe('<span data-ttu-id="581fd-102">有关详细信息，请参阅[](https://docs.microsoft.com/exchange/hybrid)。</span>');
    expect(markedText(empty!.context!.translation)).toMatch(/^\[\]\(https:/);
    expect(empty!.context!.source!.text).toContain('[Configure hybrid](https://docs.microsoft.com/exchange/hybrid)');
    expect(empty!.context!.source!.mark).toBeNull();
    // A link in the source unit's tag is marked there, not in the translation.
    // A broken link copied from the source is reported once for the article, on whichever locale reports it.
    const inSource = findings.filter((f) => f.rule === 'relative-link-missing').find((f) => f.context!.source?.mark);
    expect(inSource!.context!.translation.mark).toBeNull();
    expect(markedText(inSource!.context!.source)).toBe('x');
  });

  it('holds the finding’s line outside segments', async () => {
    const { findings } = await reportFindings(true);
    const [date] = one(findings, 'front-matter-format');
    expect(date!.context).toMatchObject({ segmentId: null, source: null, translation: { text: 'ms.date: 2/15/2021', line: 4 } });
    expect(markedText(date!.context!.translation)).toBe('2/15/2021');
  });
});

describe('HTML report', () => {
  it('is one page that requests nothing and shows every text from the files as text', async () => {
    const { findings, filesChecked } = await reportFindings(true);
    const page = formatHtml({ findings, filesChecked });
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/);
    expect(page).not.toMatch(/<(img|link|iframe)|<[a-z]+[^>]*\ssrc=|@import|url\(/i);
    expect(page).toContain('581fd-103`&lt;img src=x onerror=alert(1)&gt;');
    expect(page.match(/<section class="finding"/g)).toHaveLength(findings.length);
  });

  it('lists every finding, but leaves out units past its budget and says how many', () => {
    const unit = (text: string): Excerpt => ({ text, line: 1, mark: [0, 1], clippedStart: false, clippedEnd: false });
    const findings: Finding[] = Array.from({ length: 3000 }, (_, i) => ({
      file: 'docs/zh-CN/a.md', line: i + 1, column: 1, endLine: i + 1, endColumn: 2, rule: 'segment-pair', severity: 'error', message: 'm',
      context: { segmentId: 'abcde-101', translation: unit('译'.repeat(1500)), source: unit('s'.repeat(1500)) },
    }));
    const page = formatHtml({ findings, filesChecked: 1 });
    expect(page.match(/<section class="finding"/g)).toHaveLength(3000);
    const withUnits = page.match(/<div class="units">/g)!.length;
    expect(withUnits).toBe(Math.floor((8 * 1024 * 1024) / 3000));
    expect(page).toContain(`${3000 - withUnits} findings are listed without their units`);
  });
});
