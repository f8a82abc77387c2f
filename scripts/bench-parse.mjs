// npm run bench:parse [-- folder] — the parse, stage by stage, over files held in memory (no I/O),
// against one regular expression over the same text. Rounds after the first show V8 warmed up; the
// first is what a single run of loclint pays. Not a test: times depend on the machine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource, markdownFiles, root } from './load-src.mjs';

const folder = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'alchemy');
if (!existsSync(folder)) {
  console.log(`No corpus at ${folder}: pass a folder of Markdown files.`);
  process.exit(0);
}
const m = await loadSource(`
export { parseDocument } from './src/document/document.ts';
export { parseFrontMatter } from './src/document/front-matter.ts';
export { TagScanner } from './src/document/html-tags.ts';
export { scanInline } from './src/document/inline-scan.ts';
export { scanBlocks } from './src/document/markdown.ts';
export { SpanPairing } from './src/document/segments.ts';
export { LineIndex } from './src/document/text.ts';
`);
const texts = markdownFiles(folder).map((path) => readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const FLOOR = /data-ttu-id="([^"]*)"/g;
console.log(`${texts.length} files from ${folder}, in memory; ms per round over all files`);
console.log(['round', 'floor', 'lines', 'front matter', 'blocks', 'tags and segments', 'links', 'parseDocument'].join('\t'));
for (let round = 1; round <= rounds; round++) {
  const ms = { floor: 0, lines: 0, frontMatter: 0, blocks: 0, tags: 0, links: 0, parseDocument: 0 };
  let at = performance.now();
  const lap = (stage) => {
    const now = performance.now();
    ms[stage] += now - at;
    at = now;
  };
  for (const text of texts) {
    at = performance.now();
    for (const _ of text.matchAll(FLOOR));
    lap('floor');
    const lines = new m.LineIndex(text);
    lap('lines');
    const frontMatter = m.parseFrontMatter(text);
    lap('frontMatter');
    const { codeBlocks } = m.scanBlocks(text, lines);
    lap('blocks');
    const skipped = frontMatter?.closed ? [[0, frontMatter.end], ...codeBlocks] : codeBlocks;
    at = performance.now();
    const tags = new m.TagScanner(text, skipped);
    const pairing = new m.SpanPairing(text, (id, ttu) => ({ id, ttu, stu: null }));
    while (tags.next()) if (tags.name === 'span') pairing.take(tags);
    pairing.finish();
    lap('tags');
    m.scanInline(text, lines, skipped, tags.linkStops, tags.plainTags);
    lap('links');
    m.parseDocument('x/zh-CN/a.md', text);
    lap('parseDocument');
  }
  console.log([round, ...Object.values(ms).map((v) => v.toFixed(0))].join('\t'));
}
