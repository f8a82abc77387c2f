// Checks the fast scans against real parsers over every Markdown file under the given folders
// (default ../shared/corpus): span and anchor tags against parse5's tokenizer (same offsets and
// attributes), links, code spans and raw inline HTML against micromark with GFM tables, as docs sites render them
// (same links, images and references, same start and end offsets and targets; the same code
// spans at the same offsets), and front matter read by the fast path against the yaml package
// (same entries and offsets), split by the plain-`---` fast path against gray-matter.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { loadSource, markdownFiles, root } from './load-src.mjs';

const { grayMatterSplit, parseDocument, TagScanner, simpleMapping, splitMatter, yamlMapping } = await loadSource(
  "export { parseDocument } from './src/document/document.ts'; export { TagScanner } from './src/document/html-tags.ts'; export { grayMatterSplit, simpleMapping, splitMatter, yamlMapping } from './src/document/front-matter.ts';",
);
const { Tokenizer } = await import('parse5');

function parse5Tags(text) {
  const tags = [];
  const take = (closing) => (token) => {
    if (token.tagName === 'span' || token.tagName === 'a') {
      tags.push(`${token.location.startOffset} ${closing ? '/' : ''}${token.tagName} ${JSON.stringify(Object.fromEntries(token.attrs.map((a) => [a.name, a.value])))}`);
    }
  };
  const ignore = () => {};
  const handler = { onStartTag: take(false), onEndTag: take(true), onComment: ignore, onDoctype: ignore, onEof: ignore, onCharacter: ignore, onNullCharacter: ignore, onWhitespaceCharacter: ignore };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(text, true);
  return tags;
}

/** Flow content: an `html` node in one of these is an HTML block, elsewhere raw inline HTML. */
const FLOW = new Set(['root', 'blockquote', 'listItem']);

export function reference(text, codeSpans = [], rawHtml = []) {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const definitions = new Map();
  const links = [];
  const visit = (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if (node.type === 'inlineCode') codeSpans.push(`${node.position.start.offset}-${node.position.end.offset}`);
    if (node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'imageReference') {
      links.push({ node, start: node.position.start.offset, end: node.position.end.offset });
    }
    for (const child of node.children ?? []) {
      if (child.type === 'html' && !FLOW.has(node.type)) rawHtml.push(`${child.position.start.offset}-${child.position.end.offset}`);
      visit(child);
    }
  };
  visit(tree);
  return links.map(({ node, start, end }) => ({
    start,
    end,
    target: node.url ?? definitions.get(node.identifier) ?? null,
  }));
}

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [join(root, '..', 'shared', 'corpus')];
if (!dirs.every(existsSync)) {
  console.log(`missing: ${dirs.filter((d) => !existsSync(d)).join(', ')}`);
  process.exit(0);
}
let files = 0, links = 0, tags = 0, differing = 0, spans = 0, spanDiffering = 0, html = 0, htmlDiffering = 0, tagDiffering = 0, fast = 0, fmDiffering = 0, plainSplits = 0, splitDiffering = 0;
const examples = [];
for (const dir of dirs) {
  for (const path of markdownFiles(dir)) {
    let text = readFileSync(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    files++;
    const ours = [];
    for (const t = new TagScanner(text, []); t.next(); ) ours.push(`${t.start} ${t.closing ? '/' : ''}${t.name} ${JSON.stringify(Object.fromEntries(t.attributeList()))}`);
    const theirs = parse5Tags(text);
    tags += theirs.length;
    if (ours.join('\n') !== theirs.join('\n')) {
      tagDiffering++;
      if (examples.length < 15) examples.push({ path, tags: { ours: ours.filter((t) => !theirs.includes(t)).slice(0, 2), parse5: theirs.filter((t) => !ours.includes(t)).slice(0, 2) } });
    }
    if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
      plainSplits++;
      if (JSON.stringify(splitMatter(text)) !== JSON.stringify(grayMatterSplit(text))) {
        splitDiffering++;
        if (examples.length < 15) examples.push({ path, frontMatter: 'split differs from gray-matter' });
      }
    }
    if (text.startsWith('---')) {
      const close = text.indexOf('\n---', 3);
      const block = text.slice(3, close === -1 ? text.length : close).replace(/\r$/, '');
      const simple = simpleMapping(text, 3, 3 + block.length);
      if (simple !== null) {
        fast++;
        if (JSON.stringify(simple) !== JSON.stringify(yamlMapping(block, 3))) {
          fmDiffering++;
          if (examples.length < 15) examples.push({ path, frontMatter: 'fast path differs from yaml' });
        }
      }
    }
    const doc = parseDocument(path, text);
    // The front matter is not Markdown: micromark reads it as a paragraph, so blank it out.
    const fmEnd = doc.frontMatter?.closed ? doc.frontMatter.end : 0;
    const masked = text.slice(0, fmEnd).replace(/[^\r\n]/g, ' ') + text.slice(fmEnd);
    const wantSpans = [];
    const wantHtml = [];
    const want = reference(masked, wantSpans, wantHtml).map((l) => `${l.start}-${l.end} ${l.target}`);
    const gotSpans = [];
    for (let i = 0; i < doc.inline.length; i++) if (doc.inline.kind(i) === 'code-span') gotSpans.push(`${doc.inline.start(i)}-${doc.inline.end(i)}`);
    spans += wantSpans.length;
    const gotHtml = [];
    for (let i = 0; i < doc.inline.length; i++) if (doc.inline.kind(i) === 'raw-html') gotHtml.push(`${doc.inline.start(i)}-${doc.inline.end(i)}`);
    html += wantHtml.length;
    if (gotHtml.join() !== wantHtml.join()) {
      htmlDiffering++;
      if (examples.length < 15) examples.push({ path, rawHtml: { ours: gotHtml.filter((s) => !wantHtml.includes(s)).slice(0, 3), micromark: wantHtml.filter((s) => !gotHtml.includes(s)).slice(0, 3) } });
    }
    if (gotSpans.join() !== wantSpans.join()) {
      spanDiffering++;
      if (examples.length < 15) examples.push({ path, codeSpans: { ours: gotSpans.filter((s) => !wantSpans.includes(s)).slice(0, 3), micromark: wantSpans.filter((s) => !gotSpans.includes(s)).slice(0, 3) } });
    }
    const got = doc.links.filter((l) => l.kind !== 'html' && l.kind !== 'autolink').map((l) => `${l.start}-${l.end} ${l.target}`);
    const autolinks = doc.links.filter((l) => l.kind === 'autolink').map((l) => `${l.start}-${l.end} ${l.target}`);
    links += want.length;
    const wantSet = new Set(want);
    const gotSet = new Set([...got, ...autolinks]);
    const missing = want.filter((w) => !gotSet.has(w));
    const extra = got.filter((g) => !wantSet.has(g));
    if (missing.length || extra.length) {
      differing++;
      if (examples.length < 15) examples.push({ path, missing: missing.slice(0, 3), extra: extra.slice(0, 3) });
    }
  }
}
console.log(`${files} files; ${tags} span/a tags in parse5's reading: ${tagDiffering} files differ; ${links} links in micromark's reading: ${differing} files differ; ${spans} code spans: ${spanDiffering} files differ; ${html} raw HTML: ${htmlDiffering} files differ; front matter read without the YAML parser in ${fast} files: ${fmDiffering} differ from it; split without gray-matter in ${plainSplits} files: ${splitDiffering} differ`);
for (const e of examples) console.log(JSON.stringify(e));
process.exitCode = differing === 0 && spanDiffering === 0 && htmlDiffering === 0 && tagDiffering === 0 && fmDiffering === 0 && splitDiffering === 0 ? 0 : 1;
