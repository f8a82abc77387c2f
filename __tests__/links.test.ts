import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { parseDocument, zoneAt, type LocDocument } from '../src/document/document.js';
import { articleDoc, articlesDir, corpusSample, docOf, markdownFiles } from './helpers.js';

const sample = corpusSample();

type MdNode = { type: string; url?: string; identifier?: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: MdNode[] };

/** Links, images and references as micromark (CommonMark + GFM tables) reads them. */
function micromarkLinks(text: string): string[] {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as MdNode;
  const definitions = new Map<string, string>();
  const found: MdNode[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'definition') definitions.set(node.identifier!, node.url!);
    if (['link', 'image', 'linkReference', 'imageReference'].includes(node.type)) found.push(node);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found.map((n) => `${n.position!.start.offset}-${n.position!.end.offset} ${n.url ?? definitions.get(n.identifier!)}`);
}

/** Code spans as micromark (CommonMark + GFM tables) reads them, from the opening backticks to past the closing ones. */
function micromarkCodeSpans(text: string): string[] {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as MdNode;
  const found: string[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'inlineCode') found.push(`${node.position!.start.offset}-${node.position!.end.offset}`);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

/** Flow content: an `html` node in one of these is an HTML block, elsewhere (a paragraph, a heading, a cell) raw inline HTML. */
const FLOW = new Set(['root', 'blockquote', 'listItem']);

/**
 * Raw inline HTML (tags, comments, declarations) as micromark (CommonMark + GFM tables) reads it,
 * and its indented code blocks, which the block scan does not read (a known gap).
 */
function micromarkRawHtml(text: string): { html: string[]; indentedCode: [number, number][] } {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as MdNode;
  const html: string[] = [];
  const indentedCode: [number, number][] = [];
  const visit = (node: MdNode) => {
    for (const child of node.children ?? []) {
      const { start, end } = child.position!;
      if (child.type === 'html' && !FLOW.has(node.type)) html.push(`${start.offset}-${end.offset}`);
      if (child.type === 'code' && !/^ {0,3}(?:`{3}|~{3})/.test(text.slice(text.lastIndexOf('\n', start.offset!) + 1, end.offset))) indentedCode.push([start.offset!, end.offset!]);
      visit(child);
    }
  };
  visit(tree);
  return { html, indentedCode };
}

/** The document's ranges of one kind in the same shape. */
function ourRanges(doc: LocDocument, kind: 'code-span' | 'raw-html'): string[] {
  const found: string[] = [];
  for (let i = 0; i < doc.inline.length; i++) if (doc.inline.kind(i) === kind) found.push(`${doc.inline.start(i)}-${doc.inline.end(i)}`);
  return found;
}

/** Each file parsed, beside its text with the front matter blanked, which is what micromark is given. */
function* parsedAndMasked(paths: Iterable<string>) {
  for (const path of paths) {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const doc = parseDocument(path, text);
    const fmEnd = doc.frontMatter?.closed ? doc.frontMatter.end : 0;
    yield { path, doc, masked: text.slice(0, fmEnd).replace(/[^\r\n]/g, ' ') + text.slice(fmEnd) };
  }
}


describe('the fast link scan', () => {
  /** Compares, file by file, what the document keeps with what micromark finds, and counts what was compared. */
  const agreeOver = (paths: Iterable<string>, ours: (doc: LocDocument) => string[], theirs: (masked: string) => unknown[]) => {
    let compared = 0;
    for (const { path, doc, masked } of parsedAndMasked(paths)) {
      const kept = ours(doc);
      expect(kept, path).toEqual(theirs(masked));
      compared += kept.length;
    }
    return compared;
  };
  const links = (doc: LocDocument) => doc.links.filter((l) => l.kind !== 'html').map((l) => `${l.start}-${l.end} ${l.target}`);
  const codeSpans = (doc: LocDocument) => ourRanges(doc, 'code-span');

  it('finds the links micromark finds, at the same offsets with the same targets, in every test article', () => {
    expect(agreeOver(markdownFiles(articlesDir), links, micromarkLinks)).toBeGreaterThan(40);
  });

  it.skipIf(!sample)('finds the links micromark finds in a sample of the real corpus', () => {
    expect(agreeOver(sample!, links, micromarkLinks)).toBeGreaterThan(5_000);
  });

  it('keeps the code spans micromark finds, at the same offsets, in every test article', () => {
    expect(agreeOver(markdownFiles(articlesDir), codeSpans, micromarkCodeSpans)).toBeGreaterThan(0);
  });

  it.skipIf(!sample)('keeps the code spans micromark finds in a sample of the real corpus', () => {
    expect(agreeOver(sample!, codeSpans, micromarkCodeSpans)).toBeGreaterThan(300);
  });

  /**
   * Compares the raw HTML ranges the inline scan keeps on the document with micromark's; counts
   * them, and ours left out for lying in an indented code block, which the block scan does not read.
   */
  const rawHtmlAgreesOver = (paths: Iterable<string>) => {
    let compared = 0;
    let inIndentedCode = 0;
    for (const { path, doc, masked } of parsedAndMasked(paths)) {
      const { html, indentedCode } = micromarkRawHtml(masked);
      const all = ourRanges(doc, 'raw-html');
      const ours = all.filter((r) => !indentedCode.some(([s, e]) => s <= Number(r.split('-')[0]) && Number(r.split('-')[0]) < e));
      expect(ours, path).toEqual(html);
      compared += ours.length;
      inIndentedCode += all.length - ours.length;
    }
    return { compared, inIndentedCode };
  };

  it('keeps the raw HTML micromark finds, at the same offsets, in every test article', () => {
    // The 12 left out are the tags of the row continued on an indented line in de-DE/Boards/board-columns.md.
    const { compared, inIndentedCode } = rawHtmlAgreesOver(markdownFiles(articlesDir));
    expect(inIndentedCode).toBe(12);
    expect(compared).toBeGreaterThan(1_000);
  });

  it.skipIf(!sample)('keeps the raw HTML micromark finds in a sample of the real corpus', () => {
    const { compared, inIndentedCode } = rawHtmlAgreesOver(sample!);
    expect(compared).toBeGreaterThan(10_000);
    expect(inIndentedCode).toBe(0);
  });

  it('reads raw HTML in CommonMark edge cases as micromark does', () => {
    const cases = [
      // Escaped, in code spans, in link destinations and autolinks: no raw HTML; in link text: raw HTML.
      'a \\<span x="y"> b \\\\<span x="y"> `<span x="y">` `a\\`<span x="y"> [<span x="y">t</span>](u.md) <https://a.example/<span>',
      // Comments hide tags; plain and other tags alike.
      '<b>x</b> <!-- <span x="y"> --> <br/> <span class="c">y</span> <a name="n"></a>',
      // An HTML block opened by a lone tag in a list item ends with the item, not at the next blank line.
      '1. <span x="y">\n   z</span>\n2. <span x="y">w</span>\n',
      '- <div>\n  a\n- <span x="y">b</span>\n\n> <div>\n> <span x="y">c</span>\n',
    ];
    for (const text of cases) expect(ourRanges(docOf(text, 'docs/a.md'), 'raw-html'), text).toEqual(micromarkRawHtml(text).html);
    // In one list with the other kinds, in text order: a link before the tags of its text.
    const text = '<span x="y">[a <b>c</b>](d.md)</span> `<i>` <i>';
    const doc = docOf(text, 'docs/a.md');
    expect(Array.from({ length: doc.inline.length }, (_, i) => `${doc.inline.kind(i)} ${text.slice(doc.inline.start(i), doc.inline.end(i))}`)).toEqual([
      'raw-html <span x="y">',
      'link [a <b>c</b>](d.md)',
      'raw-html <b>',
      'raw-html </b>',
      'raw-html </span>',
      'code-span `<i>`',
      'raw-html <i>',
    ]);
  });

  it('keeps code spans and links in one list of ranges, in text order', () => {
    const text = '`a` [b `c`](d.md) \\`e <https://f.example> ![g](h.png) `` i ` ``';
    const doc = docOf(text, 'docs/a.md');
    const ranges = Array.from({ length: doc.inline.length }, (_, i) => `${doc.inline.kind(i)} ${text.slice(doc.inline.start(i), doc.inline.end(i))}`);
    expect(ranges).toEqual(['code-span `a`', 'link [b `c`](d.md)', 'code-span `c`', 'autolink <https://f.example>', 'image ![g](h.png)', 'code-span `` i ` ``']);
    expect(ourRanges(doc, 'code-span')).toEqual(micromarkCodeSpans(text));
    expect(doc.inline.within('code-span', 4, 17).map(([s, e]) => text.slice(s, e))).toEqual(['`c`']);
  });

  it('reads code spans in CommonMark and GFM table edge cases as micromark does', () => {
    const cases = [
      // Backtick strings pair by length; backslashes escape before a span, not inside one.
      '`` foo ` bar `` and `foo\\`bar` and \\`not code` `real` and ```three`` and `open',
      '`foo``bar`` and ``a`b``c` and `a\nb` across a line, `a\n\nb` not across a blank one',
      // Precedence by leftmost start: code spans against links, raw HTML and autolinks.
      '[not a `link](/foo`) and [a `b`](c.md) and [d](e`f`) and `[g](h.md)`',
      '`<a href="`">` and <a href="`">` and `<https://foo.bar.`baz>` and <https://foo.bar.`baz>`',
      // Blocks end spans: headings, fenced code, HTML blocks.
      '# `a\nb`\n\n```\n`c`\n```\n`d`\n\n<div>\n`e`\n</div>\n\n`f`',
      // Table cells are inline content of their own: a `|` in backticks ends a cell.
      'a | `b\n--|--\nc` | d',
      '|`x|y`|\n|-|\n|`z`|',
      'para `x\na | b`\n-|-',
      '> a | `b\n> -|-\n> c` | d\n\n- a | `b\n  -|-\n  c` | d',
      'a|b\n-|-\n`c\\|d`|e\\\\|`f`\n\n`h`',
      'a | b | c\n-|-\n`d|e`\n\na\n|-\n`b|c`\n\na|b\n    -|-\n`c|d`',
      // Lines that open with `|` are no table without a delimiter row of as many cells: a span runs across them.
      '|a|`b|\n|:-|\n|c`|\n\n|d|`e\n|f`|',
      'a|b\n-|-\n- `c|d`\n\na|b\n:-:|-:\n# `e|f`\n\na|b\n-|-\n***\n`g|h`',
      // The shape of a localized file: a code span in a unit, a pipe in it.
      '|<span data-ttu-id="1a2b3-101">Run `a | b`.</span><span class="sxs-lookup"><span data-stu-id="1a2b3-101">Run `a | b`.</span></span>|x|\n|-|-|\n',
    ];
    for (const text of cases) expect(ourRanges(docOf(text, 'docs/a.md'), 'code-span'), text).toEqual(micromarkCodeSpans(text));
  });

  it('reads a link in a table row across a `|`, as DocFX does, and a code span only within its cell, as micromark does', () => {
    const text = '|a|b|\n|-|-|\n|[c | d](e.md)|`f | g`|\n';
    const doc = docOf(text, 'docs/a.md');
    expect(doc.links.map((l) => text.slice(l.start, l.end))).toEqual(['[c | d](e.md)']);
    expect(micromarkLinks(text)).toEqual([]);
    expect(ourRanges(doc, 'code-span')).toEqual([]);
    expect(micromarkCodeSpans(text)).toEqual([]);
  });

  it('reads CommonMark edge cases as micromark does', () => {
    const cases = [
      '[a [nested] text](x.md) and [b](<with space.md> "title") and [c](y.md (t))',
      '[escaped \\] bracket](z.md) `[code](not-a-link)` [ref][r] [r] ![img](i.png)\n\n[r]: /defined "T"',
      '[outer [inner](in.md)](out.md) <https://auto.link/x> [a](b(c)d) [e](f g)',
      '[broken] (space.md) [x]()',
      // Lines told at a glance (headings, list items and paragraphs opening with a tag), next to their edge cases.
      '# <span class="x">[h](h.md)</span>\n####### <span class="x">[p](p.md)</span>\n#\n- <span class="x">[l](l.md)</span>\n[d]: d.md\n1) <span class="x">[o](o.md)</span>\n1234567890. <span class="x">[n](n.md)</span>',
      '<span class="x">x\n[d]: d.md\n\n* <a name="a">[t](t.md)</a>\n+\t<span class="x">[u](u.md)</span>\n-<span class="x">[v](v.md)</span>',
      '[a\n# <span class="x">b](a.md)\n\n[c\n####### <span class="x">d](c.md)\n\n[e\n- <span class="x">f</span>](e.md)\n\n[g\n1234567890. <span class="x">h</span>](g.md)\n\n[i\n1) <span class="x">j</span>](i.md)',
      // Units whose plain tags the link scan skips, and tags near that shape: a value holding link
      // syntax or `=`, upper case, a name that starts like href, a long value.
      '<span data-ttu-id="1a2b3-101">[a](a.md)</span><span class="sxs-lookup"><span data-stu-id="1a2b3-101">[b](b.md)</span></span>',
      '<span title="[x](y.md)">t</span> [c](c.md) <a title="h.md">e</a> <a name="n">[f](f.md)</a>',
      '<span data-x="a=b">[h](h.md)</span> <SPAN class="u">[j](j.md)</SPAN> <span hrefx="k">[k](k.md)</span>',
      `<span title="${'v'.repeat(3950)}]">[l](l.md)</span>`,
      // A tag opened in fenced code and closed after it: the code block ends it, not the quote.
      '~~~\n<span title="\n~~~\n[m](m.md)">\n',
    ];
    for (const text of cases) {
      const doc = docOf(text, 'docs/a.md');
      expect(doc.links.map((l) => `${l.start}-${l.end} ${l.target}`), text).toEqual(micromarkLinks(text));
    }
  });

  it('reads no links in an HTML block opened by a lone tag in a list item (ja-JP file)', () => {
    const doc = articleDoc('ja-JP/Boards/guest-access.md');
    const lineOf = (offset: number) => doc.lines.position(offset).line;
    const lonely = doc.text.split('\n').findIndex((l) => /^- <span data-ttu-id="[^"]+">\s*$/.test(l)) + 1;
    expect(lonely).toBeGreaterThan(0);
    expect(doc.links.filter((l) => l.kind !== 'html').map((l) => lineOf(l.start))).not.toContain(lonely + 1);
  });

  it('tells which links sit in a translation, in a source, or outside segments', () => {
    const doc = articleDoc('zh-CN/Boards/archive-a-board.md');
    const zones = doc.links.map((l) => {
      const zone = zoneAt(doc, l.start);
      return zone.kind === 'outside' ? 'outside' : `${zone.kind} ${zone.segment.id}`;
    });
    expect(zones).toEqual(['translation 7c2e4-106', 'source 7c2e4-106', 'translation 7c2e4-107', 'source 7c2e4-107', 'translation 7c2e4-108', 'source 7c2e4-108']);
  });

  it('places a link after a nested unit in the unit around it', () => {
    const inner = '<span data-ttu-id="1a2b3-102">内</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">in</span></span>';
    const doc = docOf(`<span data-ttu-id="1a2b3-101">${inner} [外](o.md)</span><span class="sxs-lookup"><span data-stu-id="1a2b3-101">out [o](o.md)</span></span>\n`);
    const zones = doc.links.map((l) => {
      const zone = zoneAt(doc, l.start);
      return zone.kind === 'outside' ? 'outside' : `${zone.kind} ${zone.segment.id}`;
    });
    expect(zones).toEqual(['translation 1a2b3-101', 'source 1a2b3-101']);
  });

  it('marks include directives and reads HTML href and src', () => {
    const doc = docOf('[!INCLUDE [note](../includes/note.md)]\n\n<a href="https://example.com/a?b=1&amp;c=2">x</a> <img src=\'media/p.png\'>\n');
    expect(doc.links.map((l) => [l.kind, l.target])).toEqual([
      ['include', '../includes/note.md'],
      ['html', 'https://example.com/a?b=1&c=2'],
      ['html', 'media/p.png'],
    ]);
    const img = doc.links[2]!;
    expect(doc.text.slice(img.destStart, img.destEnd)).toBe('media/p.png');
  });

  it('tells include directives by `[!include` right before the link, spaces and case aside', () => {
    const kinds = (text: string) => docOf(text).links.map((l) => l.kind);
    expect(kinds('[!include   [a](a.md)]')).toEqual(['include']);
    expect(kinds('[!Include[a](a.md)]')).toEqual(['include']);
    expect(kinds('[!include    [a](a.md)]')).toEqual(['inline']); // four spaces: past the 12 characters looked at
    expect(kinds('[!includes [a](a.md)]')).toEqual(['inline']);
    expect(kinds('!include [a](a.md)')).toEqual(['inline']);
  });
});

describe('loose links (link-shaped text CommonMark does not read as a link)', () => {
  // The definition: what this pattern finds, less empty targets and matches inside real links.
  const LOOSE = /\]\(([^()\n]*?\s[^()\n]*?)\)/g;
  const byPattern = (text: string) => {
    const doc = parseDocument('a.md', text);
    return [...text.matchAll(LOOSE)]
      .filter((m) => m[1]!.trim() !== '' && !doc.links.some((l) => l.start <= m.index && m.index < l.end))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, target: m[1]!.trim() }));
  };

  it('are what the pattern finds, at its edges too', () => {
    const texts = [
      '[a](two words)', '[a](one\nline end)', '[a](two\nline\nends)', '[a](\n)', '[a]( )', '[a](b(c d)', '[a](b c',
      '[x](y)[a](b c)', '[[a](b c)](d)', '[a](b\u3000c)', '[a](b\tc) and [d](e f)', '[a](#with space)', '](',
      '[a](<b](c d> "t") ](e f)', '[a](b "t ](u v)") x](y z)',
    ];
    let found = 0;
    for (const text of texts) {
      const expected = byPattern(text);
      expect(parseDocument('a.md', text).looseLinks, JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThanOrEqual(6);
  });
});

describe('raw HTML tags in the link scan', () => {
  const links = (text: string) => parseDocument('a.md', text).links.map((l) => `${l.kind} ${l.target}`);

  it('hides what a tag holds and keeps the URLs of href and src', () => {
    expect(links('<span data-x="[a](b)">t</span> [c](d)')).toEqual(['inline d']);
    expect(links('<a href="x">[y](z)</a>')).toEqual(['html x', 'inline z']);
    expect(links('<span src="s.png">[t](u)</span>')).toEqual(['html s.png', 'inline u']);
    // No `-->` closes this comment for the link scan, as it closes none for CommonMark's inline HTML.
    expect(links('a <!-- <a href="x">[y](z)')).toEqual(['html x', 'inline z']);
    // parse5 ends this tag at the second `>`; for CommonMark, the `<a` in it opens a tag.
    expect(links('t <span title=a<a href="x">[y](z)')).toEqual(['html x', 'inline z']);
    expect(links('<A SRC="q">t</A>')).toEqual(['html q']);
    expect(links('<span class="x"></span x>[a](b)')).toEqual(['inline b']);
    expect(links('<span a="b"c="d">[e](f)')).toEqual(['inline f']);
    expect(links('</a@b.c>')).toEqual(['autolink mailto:/a@b.c']);
  });
});
