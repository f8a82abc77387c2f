import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/finding.js';
import { jobSummary } from '../src/report/summary.js';
import { RULES_DOC_URL } from '../src/version.js';
import { renderedMarkdown as rendered } from './report-fixture.js';

const blobBase = 'https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567';

function finding(file: string, line: number, rule: string, severity: Finding['severity'], message: string): Finding {
  return { file, line, column: 3, endLine: line, endColumn: 9, rule, severity, message };
}

const findings: Finding[] = [
  finding('docs/de-DE/a.md', 4, 'segment-pair', 'error', 'Unit `abc12-102` has no source unit'),
  finding('docs/de-DE/a.md', 9, 'front-matter-empty-value', 'warning', '`ms.date` has an empty value'),
  finding('docs/zh-CN/a.md', 2, 'segment-pair', 'error', 'Unit `abc13-102` has no source unit'),
  finding('docs/zh-CN/b.md', 7, 'file-encoding', 'error', 'Invalid UTF-8'),
];

describe('job summary', () => {
  const text = jobSummary({ findings, filesChecked: 5, source: { blobBase }, notes: [] });
  const html = rendered(text);

  it('has totals per locale with a totals row, and a Mermaid bar chart of findings per locale', () => {
    expect(text).toContain('**5 files checked: 3 errors, 1 warning, 0 info**');
    expect(text).toContain('| de\\-DE | 1 | 1 | 1 | 0 | 2 |');
    expect(text).toContain('| zh\\-CN | 2 | 2 | 0 | 0 | 2 |');
    expect(text).toContain('| **total** | **3** | **3** | **1** | **0** | **4** |');
    expect(text).toContain('```mermaid\nxychart-beta\n');
    expect(text).toContain('x-axis ["de-DE", "zh-CN"]');
    expect(text).toContain('bar [2, 2]');
  });

  it('groups findings by file in collapsed blocks, linked to their lines and to their rule’s section of docs/rules.md', () => {
    expect(html.match(/<details>/g)).toHaveLength(3);
    expect(html).toContain('<summary><code>docs/de-DE/a.md</code> ❌ 1 ⚠️ 1</summary>');
    expect(html).toContain(`<a href="${blobBase}/docs/de-DE/a.md#L4">4:3</a>`);
    expect(html).toContain(`<a href="${RULES_DOC_URL}#segment-pair"><code>segment-pair</code></a>`);
    // The file problems share one section.
    expect(html).toContain(`<a href="${RULES_DOC_URL}#problems-with-the-file-itself"><code>file-encoding</code></a>`);
  });

  it('says how many annotations the check run did not get, only when some were not sent', () => {
    expect(jobSummary({ findings, filesChecked: 5, source: null, notes: [], unsentAnnotations: 150 })).toContain('150 annotations could not be sent to the check run');
    expect(text).not.toContain('could not be sent');
  });

  it('shows hostile text from a checked file as text: no code span closed, no HTML, no link, no broken table or list', () => {
    const file = 'docs/zh-CN/x`<img src=x onerror=alert(1)>|y\n- [z](https://evil.example)|.md';
    const message = 'Unit `ab`c12-1`02` <img src="https://evil.example/p.png"> | cell\n- item ](https://evil.example) www.evil.example &amp;';
    const hostile = jobSummary({ findings: [finding(file, 1, 'segment-id-format', 'error', message)], filesChecked: 1, source: { blobBase }, notes: [] });
    const page = rendered(hostile);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toContain('href="https://evil.example');
    expect(page).toContain('&lt;img src=&quot;https://evil.example/p.png&quot;&gt; | cell␊- item ](https://evil.example) www.evil.example &amp;amp;');
    expect(page).toContain('Unit `ab`c12-1`02`');
    expect(page).toContain('<summary><code>docs/zh-CN/x`&lt;img src=x onerror=alert(1)&gt;|y␊- [z](https://evil.example)|.md</code>');
    expect(page.match(/<li>/g)).toHaveLength(1);
    // The locale table keeps its header, one locale and the totals row, each of six cells.
    expect(page.match(/<tr>/g)).toHaveLength(3 + 2);
    expect(page.match(/<td/g)).toHaveLength(6 * 2 + 4);
    // The link to the line stays one link, to the file's percent-encoded path.
    expect(page).toContain(`href="${blobBase}/docs/zh-CN/x%60%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%7Cy%0A-%20%5Bz%5D%28https%3A//evil.example%29%7C.md#L1"`);
  });

  it('shows a bidirectional override in a file name as its code point, so the name cannot display reordered', () => {
    const file = 'docs/zh-CN/report\u202Edm.exe.md';
    const text = jobSummary({ findings: [finding(file, 1, 'segment-pair', 'error', 'x')], filesChecked: 1, source: null, notes: [] });
    expect(text).toContain('<code>docs/zh-CN/report⟨U+202E⟩dm.exe.md</code>');
    expect(text).not.toContain('\u202E');
  });

  it('stays under 1 MiB, leaving out whole findings and saying how many in how many files', () => {
    const long = '长'.repeat(2000);
    const many = Array.from({ length: 400 }, (_, i) => finding(`docs/zh-CN/f${String(i).padStart(3, '0')}.md`, 1, 'segment-pair', 'error', long));
    many.push(finding('docs/zh-CN/f399.md', 2, 'segment-pair', 'error', long));
    const big = jobSummary({ findings: many, filesChecked: 400, source: { blobBase }, notes: [] });
    expect(Buffer.byteLength(big)).toBeLessThanOrEqual(1024 * 1024);
    const shown = big.split('\n- ').length - 1;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(many.length);
    const files = 400 - big.match(/<details>/g)!.length;
    expect(big).toContain(`> ${many.length - shown} findings in ${files} files left out to keep this summary under GitHub's 1 MiB`);
    // Every block that was opened is closed.
    expect(big.match(/<details>/g)!.length).toBe(big.match(/<\/details>/g)!.length);
  });
});
