// Checks the fast link scan against a CommonMark parser (micromark, with GFM tables as docs
// sites render them) over every Markdown file under the given folders (default ../shared/corpus):
// the same links, images and references, with the same start and end offsets and targets.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(mkdtempSync(join(tmpdir(), 'loclint-compare-')), 'document.mjs');
await build({
  entryPoints: [join(root, 'src/document/document.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'error',
});
const { parseDocument } = await import(outfile);

export function reference(text) {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const definitions = new Map();
  const links = [];
  const visit = (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if (node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'imageReference') {
      links.push({ node, start: node.position.start.offset, end: node.position.end.offset });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return links.map(({ node, start, end }) => ({
    start,
    end,
    target: node.url ?? definitions.get(node.identifier) ?? null,
  }));
}

function* markdownFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* markdownFiles(path);
    else if (name.endsWith('.md')) yield path;
  }
}

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [join(root, '..', 'shared', 'corpus')];
if (!dirs.every(existsSync)) {
  console.log(`missing: ${dirs.filter((d) => !existsSync(d)).join(', ')}`);
  process.exit(0);
}
let files = 0, links = 0, differing = 0;
const examples = [];
for (const dir of dirs) {
  for (const path of markdownFiles(dir)) {
    let text = readFileSync(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    files++;
    const doc = parseDocument(path, text);
    // The front matter is not Markdown: micromark reads it as a paragraph, so blank it out.
    const fmEnd = doc.frontMatter?.closed ? doc.frontMatter.end : 0;
    const masked = text.slice(0, fmEnd).replace(/[^\r\n]/g, ' ') + text.slice(fmEnd);
    const want = reference(masked).map((l) => `${l.start}-${l.end} ${l.target}`);
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
console.log(`${files} files, ${links} links in micromark's reading; ${differing} files differ`);
for (const e of examples) console.log(JSON.stringify(e));
process.exitCode = differing === 0 ? 0 : 1;
