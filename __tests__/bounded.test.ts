import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/document.js';
import { headingSlug } from '../src/document/markdown.js';
import { fingerprint } from '../src/findings/baseline.js';
import type { Finding } from '../src/findings/finding.js';
import { ConfigError } from '../src/config/config.js';
import { LinearPattern } from '../src/config/patterns.js';
import { checkRule } from '../src/engine/check.js';
import { runPipeline } from '../src/engine/pipeline.js';
import { linkParity } from '../src/rules/link-parity.js';
import type { RuleContext } from '../src/rules/rule.js';
import { tree } from './helpers.js';

/** Work that was quadratic in a file's size; a timeout, not a stopwatch, is the bound each test names. */
const BOUND = { timeout: 60_000 };

describe('fingerprints', () => {
  it('of many findings in one huge unit cost the unit once, not once per finding', BOUND, () => {
    const words = '译文 '.repeat(400_000);
    const text = `<span data-ttu-id="581fd-101">${words}</span><span class="sxs-lookup"><span data-stu-id="581fd-101">Source</span></span>\n`;
    const doc = parseDocument('zh-CN/a.md', text);
    const findings: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
      file: 'zh-CN/a.md',
      line: 1,
      column: 40 + i * 50,
      endLine: 1,
      endColumn: 41 + i * 50,
      rule: 'link-syntax',
      severity: 'warning',
      message: 'Unbalanced [',
    }));
    const prints = new Set(findings.map((f) => fingerprint(f, doc)));
    // One unit, one rule: one fingerprint, as the baseline counts repeats of it.
    expect(prints.size).toBe(1);
  });

  it('of a short unit are what they always were, so that baselines keep matching', () => {
    const text = '<span data-ttu-id="581fd-101">译文</span><span class="sxs-lookup"><span data-stu-id="581fd-101">Source</span></span>\n';
    const doc = parseDocument('zh-CN/a.md', text);
    const finding: Finding = { file: 'zh-CN/a.md', line: 1, column: 5, endLine: 1, endColumn: 6, rule: 'segment-empty', severity: 'error', message: 'x' };
    // The value baselines written before hold for this finding.
    expect(fingerprint(finding, doc)).toBe('9a66875b2a0f972de17c');
  });
});


describe("patterns from the checked repository's configuration", () => {
  it('run in linear time: `(a+)+$` against a long URL completes', BOUND, async () => {
    const root = tree({
      '.loclint.yml': "url-locale-patterns: ['(a+)+$']\n",
      'zh-CN/a.md': `---\ntitle: A\n---\n[x](https://example.com/${'a'.repeat(50_000)}b)\n`,
      'en-US/a.md': `---\ntitle: A\n---\n[x](https://example.com/${'a'.repeat(50_000)}b)\n`,
    });
    const { findings } = await runPipeline({ cwd: root }, {});
    expect(findings.every((f) => f.rule !== 'internal-error')).toBe(true);
  });

  it('that need backtracking are a configuration error naming the key', async () => {
    const root = tree({ '.loclint.yml': "url-locale-patterns: ['(a)\\1']\nexternal-links:\n  skip: ['(?=x)']\n", 'a.md': '# A\n' });
    const error = await runPipeline({ cwd: root }, {}).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toMatch(/url-locale-patterns\[0\]: `\(a\)\\1` is not a pattern loclint can run in linear time/);
    expect(String((error as Error).message)).toMatch(/external-links\.skip\[0\]/);
  });

  it('strip what they match, ignoring case, as before', () => {
    expect(LinearPattern.compile('[?&]ui=[a-z-]+', { ignoreCase: true }).removeAll('https://x.example/p?ui=EN-us')).toBe('https://x.example/p');
    expect(LinearPattern.compile('^https://intranet\\.').test('https://intranet.example/a')).toBe(true);
  });
});

describe('scans of file text', () => {
  it('find segment spans in front matter without backtracking', BOUND, () => {
    const WRAPPED = /wrapped in segment spans/;
    const plain = parseDocument('zh-CN/a.md', `---\ntitle: ${'<span '.repeat(100_000)}\n---\n# A\n`);
    expect(plain.frontMatter!.problems.map((p) => p.message)).not.toContainEqual(expect.stringMatching(WRAPPED));
    // A unit's attribute after 100,000 unclosed tags is found; as the old pattern did, the finding starts at the first of them.
    const wrapped = parseDocument('zh-CN/a.md', `---\ntitle: ${'<span '.repeat(100_000)}<span data-ttu-id="581fd-101">A</span>\n---\n# A\n`);
    const problem = wrapped.frontMatter!.problems.find((p) => WRAPPED.test(p.message));
    expect(problem!.start).toBe(wrapped.text.indexOf('<span '));
  });

  it('slug a heading of unclosed brackets and tags in linear time', BOUND, () => {
    expect(headingSlug(`${'['.repeat(200_000)}]Board`)).toBe('board');
    expect(headingSlug(`Board ${'<'.repeat(200_000)}`)).toBe('board');
    expect(headingSlug(`[Share](share.md) <b>a card</b> ${'[a]('.repeat(50_000)}`)).toBe('share-a-card-' + 'a'.repeat(50_000));
  });
});

describe('budgets of one file', () => {
  const unit = '<span data-ttu-id="581fd-101">译文 [链接](b.md)</span><span class="sxs-lookup"><span data-stu-id="581fd-101">Source [link](b.md)</span></span>';

  it('end a bare link destination at 32 open parentheses: `[a](` repeated is read once, the next paragraph still checked', BOUND, () => {
    const doc = parseDocument('zh-CN/a.md', `${'[a]('.repeat(500_000)}

${unit}
`);
    expect(doc.links.map((l) => l.target)).toEqual(['b.md', 'b.md']);
    // Within the limit, balanced parentheses stay part of the destination, as in micromark.
    const nested = parseDocument('zh-CN/a.md', `[a](${'('.repeat(32)}x${')'.repeat(32)})
`);
    expect(nested.links.map((l) => l.target)).toEqual([`${'('.repeat(32)}x${')'.repeat(32)}`]);
    expect(parseDocument('zh-CN/a.md', `[a](${'('.repeat(33)}x${')'.repeat(33)})
`).links).toEqual([]);
  });

  it('read distinct backtick runs once, and still pair code spans as CommonMark does', BOUND, () => {
    const runs = Array.from({ length: 2_000 }, (_, i) => `${'`'.repeat(i + 1)} x `).join('');
    expect(parseDocument('zh-CN/a.md', `${runs}[a](c.md)

${unit}
`).links.map((l) => l.target)).toEqual(['c.md', 'b.md', 'b.md']);
    // A run closes only a span opened by a run of its length; later openers of the same length reuse what was read.
    const spans = parseDocument('zh-CN/a.md', '``[a](x.md)` still code`` `[b](y.md)` ``` [c](z.md) `` [d](w.md) ```\n\n` [e](v.md)\n');
    expect(spans.links.map((l) => l.target)).toEqual(['v.md']);
  });

  it('read a table of rows without a `|` once: a row\'s cells end within the row', BOUND, () => {
    const doc = parseDocument('zh-CN/a.md', `a | b\n--|--\n${'x\n'.repeat(1_000_000)}\`c|d\` [e](e.md)\n`);
    expect(doc.links.map((l) => l.target)).toEqual(['e.md']);
    expect(doc.inline.within('code-span', 0, doc.text.length)).toEqual([]);
  });

  it('give parse5 a look-ahead budget for all irregular tags: past it one file-too-complex limit, the units after still paired', BOUND, () => {
    const doc = parseDocument('zh-CN/a.md', `${'<a href="'.repeat(200_000)}

${unit}
`);
    expect(doc.limits).toHaveLength(1);
    expect(doc.limits[0]!.message).toMatch(/Too many irregular HTML tags/);
    expect(doc.segments.map((s) => s.id)).toEqual(['581fd-101']);
    // An odd tag or two, as real files have, is read by parse5 as before and spends nothing that shows.
    const odd = parseDocument('zh-CN/a.md', `<a name="x>y"></a> <span title='a&amp;b'>t</span>

${unit}
`);
    expect(odd.limits).toEqual([]);
    expect(odd.anchors.map((a) => a.name)).toEqual(['x>y']);
  });

  it('pair the links of a unit with its source unit\'s in linear time (link-parity through pairItems)', BOUND, () => {
    const many = parseDocument('zh-CN/a.md', `<span data-ttu-id="581fd-101">${'[a](x.md) '.repeat(20_000)}[c](z.md)</span><span class="sxs-lookup"><span data-stu-id="581fd-101">${'[b](y.md) '.repeat(20_000)}[c](z.md)</span></span>\n`);
    const messages = checkRule(many, linkParity, {} as RuleContext).map((f) => f.message);
    expect(messages).toHaveLength(20_000);
    expect(messages[0]).toBe('Link target changed in 581fd-101: the source links to `y.md`, the translation to `x.md`');
  });

  it('suggest a name for at most a hundred distinct broken links of a file, each worked out once', BOUND, async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3_000; i++) files[`zh-CN/media/board-icon-${i}.png`] = '';
    const links = Array.from({ length: 2_000 }, (_, i) => `![x](media/board-icon-${i}.pnf)`).join('\n\n');
    files['zh-CN/a.md'] = `---\ntitle: A\n---\n${links}\n\n![x](media/board-icon-1.pnf)\n`;
    const { findings } = await runPipeline({ cwd: tree(files) }, {});
    const missing = findings.filter((f) => f.rule === 'relative-link-missing').map((f) => f.message);
    expect(missing).toHaveLength(2_001);
    expect(missing[0]).toBe('`media/board-icon-0.pnf` does not exist; did you mean `board-icon-0.png`?');
    // The first hundred names, and the repeat of one of them (the last link), carry a suggestion.
    expect(missing.filter((m) => m.includes('did you mean'))).toHaveLength(101);
    expect(missing.at(-2)).toBe('`media/board-icon-1999.pnf` does not exist');
    expect(missing.at(-1)).toBe('`media/board-icon-1.pnf` does not exist; did you mean `board-icon-1.png`?');
  });

  it('refuse a front matter larger, or of more keys, than YAML reads in linear time, with one problem', BOUND, () => {
    const flow = (count: number) => `{${Array.from({ length: count }, (_, i) => `k${i}: 1`).join(', ')}}`;
    const problemsOf = (yaml: string) => {
      const doc = parseDocument('zh-CN/a.md', `---\ntitle: A\n${yaml}\n---\n${unit}\n`);
      expect(doc.segments).toHaveLength(1);
      return doc.frontMatter!.problems.map((p) => p.message);
    };
    expect(problemsOf(`b: ${flow(100_000)}`)).toEqual([expect.stringMatching(/is \d+ characters, over 65536: too large to read as YAML/)]);
    expect(problemsOf(`b: [${Array(100_000).fill('*a').join(',')}]`)).toEqual([expect.stringMatching(/over 65536/)]);
    expect(problemsOf(`b: ${flow(2_500)}`)).toEqual([expect.stringMatching(/more than 2000 `:`.*too large to read as YAML/)]);
    expect(problemsOf(`b: ${flow(500)}`)).toEqual([]);
  });
});

describe('the segment a fingerprint reads', () => {
  /** The definition: the first segment, in the document's order, whose range holds the offset. */
  const firstHolder = (doc: ReturnType<typeof parseDocument>, offset: number) =>
    doc.segments.find((s) => s.ttu.tagStart <= offset && offset < (s.stu?.end ?? s.ttu.end));

  it.each([
    ['side by side', ['581fd-101', '581fd-102', 'none'], '<span data-ttu-id="581fd-101">一</span><span class="sxs-lookup"><span data-stu-id="581fd-101">One</span></span> and <span data-ttu-id="581fd-102">二</span><span class="sxs-lookup"><span data-stu-id="581fd-102">Two</span></span>\n'],
    // The document lists segments by their start, so the outer unit holds the inner one's text too.
    ['nested', ['581fd-101', 'none'], '<span data-ttu-id="581fd-101">外 <span data-ttu-id="581fd-102">内</span><span class="sxs-lookup"><span data-stu-id="581fd-102">Inner</span></span> 外</span><span class="sxs-lookup"><span data-stu-id="581fd-101">Outer</span></span>\n'],
  ] as const)('is the first segment holding the finding (%s)', (_, holders, text) => {
    const doc = parseDocument('zh-CN/a.md', text);
    const seen = new Set<string>();
    for (let column = 1; column <= text.length; column++) {
      const finding: Finding = { file: 'zh-CN/a.md', line: 1, column, endLine: 1, endColumn: column, rule: 'link-syntax', severity: 'warning', message: 'm' };
      const holder = firstHolder(doc, column - 1);
      const expected = fingerprint(finding, holder ? { ...doc, segments: [holder] } : { ...doc, segments: [] });
      expect(fingerprint(finding, doc), `column ${column}`).toBe(expected);
      seen.add(holder?.id ?? 'none');
    }
    expect([...seen].sort()).toEqual([...holders].sort());
  });
});
