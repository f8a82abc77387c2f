import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import { applyBaseline, makeBaseline } from '../src/findings/baseline.js';
import { SourceLocale } from '../src/layout/source-locale.js';
import { LocaleLayout } from '../src/layout/layout.js';
import { filesOfShard, parseShard } from '../src/layout/shard.js';
import { articlesDir, articleText, edit, lintTree, tree } from './helpers.js';

const zh = articleText('zh-CN/Boards/archive-a-board.md');
/** Three segment-id-format errors on lines 25, 27 and 29. */
const broken = zh.replaceAll('7c2e4-105', 'bad-105').replaceAll('7c2e4-107', 'bad-107').replaceAll('7c2e4-108', 'bad-108');
const lines = (findings: { line: number; rule: string }[]) => findings.map((f) => `${f.line} ${f.rule}`);
const only = ['segment-id-format', 'segment-prefix'];

describe('inline suppression', () => {
  it('passes the unsuppressed errors through', async () => {
    expect(lines(await lintTree(tree({ 'zh-CN/a.md': broken }), ['.'], only))).toEqual(['25 segment-id-format', '27 segment-id-format', '29 segment-id-format']);
  });

  it('disable-next-line, disable … enable, and disable-file', async () => {
    const nextLine = edit(broken, '\n<span data-ttu-id="bad-107">', '\n<!-- loclint-disable-next-line segment-id-format -->\n<span data-ttu-id="bad-107">');
    expect(lines(await lintTree(tree({ 'zh-CN/a.md': nextLine }), ['.'], only))).toEqual(['25 segment-id-format', '30 segment-id-format']);

    const block = edit(edit(broken, '\n<span data-ttu-id="bad-107">', '\n<!-- loclint-disable -->\n<span data-ttu-id="bad-107">'), '\n\n<span data-ttu-id="bad-108">', '\n<!-- loclint-enable -->\n\n<span data-ttu-id="bad-108">');
    expect(lines(await lintTree(tree({ 'zh-CN/a.md': block }), ['.'], only))).toEqual(['25 segment-id-format', '31 segment-id-format']);

    const file = `${broken}\n<!-- loclint-disable-file segment-id-format -->\n`;
    expect(await lintTree(tree({ 'zh-CN/a.md': file }), ['.'], only)).toEqual([]);
    const other = `${broken}\n<!-- loclint-disable-file segment-prefix -->\n`;
    expect(lines(await lintTree(tree({ 'zh-CN/a.md': other }), ['.'], only))).toHaveLength(3);
  });

  it('ignores directives shown in fenced code', async () => {
    const shown = `${broken}\n\n\`\`\`md\n<!-- loclint-disable-file -->\n\`\`\`\n`;
    expect(lines(await lintTree(tree({ 'zh-CN/a.md': shown }), ['.'], only))).toHaveLength(3);
  });
});

describe('baseline', () => {
  it('reports only new findings; moving text keeps old ones quiet, editing the faulty segment resurrects it', async () => {
    const before = await lintTree(tree({ 'zh-CN/a.md': broken }), ['.'], only);
    const baseline = makeBaseline(before);
    expect(baseline.entries).toHaveLength(3);

    // Paragraphs moved down by two lines, and one new error planted.
    const moved = edit(broken, '# <a name="archive-a-project-board"></a>', '\n\n# <a name="archive-a-project-board"></a>').replace('7c2e4-104', 'bad-104');
    const after = await lintTree(tree({ 'zh-CN/a.md': moved }), ['.'], only);
    const { fresh, stale } = applyBaseline(after, baseline);
    expect(lines(fresh)).toEqual(['27 segment-id-format']);
    expect(stale).toEqual([]);

    const edited = broken.replace('要还原已归档的看板', '若要还原已归档的看板');
    const result = applyBaseline(await lintTree(tree({ 'zh-CN/a.md': edited }), ['.'], only), baseline);
    expect(lines(result.fresh)).toEqual(['29 segment-id-format']);
    expect(result.stale).toHaveLength(1);
  });
});

describe('shards', () => {
  it('parses I/N', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard('0/8')).toBeNull();
    expect(parseShard('9/8')).toBeNull();
    expect(parseShard('a/b')).toBeNull();
  });

  it("split the test articles into parts whose union is the unsharded run, each article's locales together", async () => {
    const root = articlesDir;
    const { files } = collectFiles(['.'], root);
    const layout = new LocaleLayout(new SourceLocale('en-US'), [], root);
    const whole = (await lintFiles(files, { cwd: root })).findings;
    const parts = [];
    for (let i = 1; i <= 4; i++) {
      const mine = filesOfShard(files, { index: i, count: 4 }, layout, root);
      const keys = new Set(mine.map((f) => layout.place(f).groupKey));
      for (const f of files) if (keys.has(layout.place(f).groupKey)) expect(mine).toContain(f);
      parts.push(...(await lintFiles(mine, { cwd: root })).findings);
    }
    expect(parts.map((f) => JSON.stringify(f)).sort()).toEqual(whole.map((f) => JSON.stringify(f)).sort());
    expect(whole.length).toBeGreaterThan(20);
  });
});
