import { readFileSync } from 'node:fs';
import { Tokenizer, type Token, type TokenHandler } from 'parse5';
import { describe, expect, it } from 'vitest';
import { segmentIdParts } from '../src/document/document.js';
import { TagScanner } from '../src/document/html-tags.js';
import { atxHeading } from '../src/document/markdown.js';
import { articleDoc, articlesDir, corpusSample, docOf, markdownFiles } from './helpers.js';

const sample = corpusSample();

const where = (doc: ReturnType<typeof docOf>, offset: number) => doc.lines.position(offset);

describe('segments', () => {
  it('pairs every translated unit with its source unit, with exact ranges', () => {
    const doc = articleDoc('zh-CN/Boards/archive-a-board.md');
    expect(doc.spanProblems).toEqual([]);
    expect(doc.segments.map((s) => s.id)).toEqual(['7c2e4-102', '7c2e4-103', '7c2e4-104', '7c2e4-105', '7c2e4-106', '7c2e4-107', '7c2e4-108']);
    const title = doc.segments[0]!;
    expect(doc.text.slice(title.ttu.contentStart, title.ttu.contentEnd)).toBe('归档项目看板');
    expect(doc.text.slice(title.stu!.contentStart, title.stu!.contentEnd)).toBe('Archive a project board');
    expect(where(doc, title.ttu.tagStart)).toEqual({ line: 23, column: 41 });
    expect(title.containers).toEqual(['heading']);
  });

  it('names the Markdown container of each segment: table cell, blockquote, paragraph, heading', () => {
    const doc = articleDoc('zh-CN/Boards/board-import-errors.md');
    const byId = new Map(doc.segments.map((s) => [s.id, s.containers]));
    expect(byId.get('e41b7-103')).toEqual(['heading']);
    expect(byId.get('e41b7-104')).toEqual(['paragraph']);
    expect(byId.get('e41b7-106')).toEqual(['table-cell']);
    expect(byId.get('e41b7-112')).toEqual(['blockquote', 'paragraph']);
  });

  it('finds segments in list items and link text', () => {
    const doc = articleDoc('de-DE/Boards/notification-settings.md');
    const listed = doc.segments.filter((s) => s.containers.join('>') === 'list-item>paragraph');
    expect(listed.map((s) => doc.lines.position(s.ttu.tagStart))).toContainEqual({ line: 35, column: 3 });
    const linked = docOf('[<span data-ttu-id="1a2b3-104">文本</span><span class="sxs-lookup"><span data-stu-id="1a2b3-104">Text</span></span>](x.md)\n');
    expect(linked.segments[0]!.containers).toEqual(['link-text']);
  });

  it('reads no tags inside fenced code', () => {
    const doc = docOf('```html\n<span data-ttu-id="1a2b3-101">\n```\n\n<span data-ttu-id="1a2b3-102">a</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">b</span></span>\n');
    expect(doc.codeBlocks).toHaveLength(1);
    expect(doc.segments.map((s) => s.id)).toEqual(['1a2b3-102']);
    expect(doc.spanProblems).toEqual([]);
  });

  it('keeps nested units in text order', () => {
    const nested =
      '<span data-ttu-id="1a2b3-102">外 <span data-ttu-id="1a2b3-103">内</span><span class="sxs-lookup"><span data-stu-id="1a2b3-103">inner</span></span></span>' +
      '<span class="sxs-lookup"><span data-stu-id="1a2b3-102">outer</span></span>\n';
    const doc = docOf(nested);
    expect(doc.segments.map((s) => s.id)).toEqual(['1a2b3-102', '1a2b3-103']);
    expect(doc.spanProblems).toEqual([]);
  });

  it('finds <a name> anchors and headings', () => {
    const doc = articleDoc('zh-CN/Boards/archive-a-board.md');
    expect(doc.anchors.map((a) => a.name)).toEqual(['archive-a-project-board']);
    expect(doc.headings).toHaveLength(1);
    expect(where(doc, doc.headings[0]!.start)).toEqual({ line: 23, column: 1 });
  });
});

describe('segmentIdParts', () => {
  it('splits plain and merged ids', () => {
    expect(segmentIdParts('581fd-102')).toEqual({ prefix: '581fd', merged: false, number: 102 });
    expect(segmentIdParts('7e904-p101')).toEqual({ prefix: '7e904', merged: true, number: 101 });
    expect(segmentIdParts('581FD-102')).toBeNull();
    expect(segmentIdParts('581fd-12')).toBeNull();
    expect(segmentIdParts('581fd-1023')).toEqual({ prefix: '581fd', merged: false, number: 1023 });
    for (const malformed of ['581fd-10234', '581fd-p10', '581fd-pp102', '581fd_102', '581fg-102', '581fd-102\n', '581fd-1o2', 'abcdef-102']) {
      expect(segmentIdParts(malformed), malformed).toBeNull();
    }
  });
});

/** Every span and anchor tag parse5's tokenizer sees, with its attributes. */
function parse5Tags(text: string) {
  const tags: { start: number; closing: boolean; name: string; attrs: Record<string, string> }[] = [];
  const ignore = () => {};
  const take = (closing: boolean) => (token: Token.TagToken) => {
    if (token.tagName !== 'span' && token.tagName !== 'a') return;
    tags.push({ start: token.location!.startOffset, closing, name: token.tagName, attrs: Object.fromEntries(token.attrs.map((a) => [a.name, a.value])) });
  };
  const handler: TokenHandler = {
    onStartTag: take(false),
    onEndTag: take(true),
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(text, true);
  return tags;
}


/** The fast scan's tags in the shape parse5Tags gives. */
const ourTags = (text: string) => {
  const tags = [];
  for (const tag = new TagScanner(text, []); tag.next(); ) tags.push({ start: tag.start, closing: tag.closing, name: tag.name, attrs: Object.fromEntries(tag.attributeList()) });
  return tags;
};

describe('the fast tag scan', () => {
  /** Compares the scans over files and counts the tags compared. */
  const agreeOver = (paths: Iterable<string>) => {
    let compared = 0;
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      const ours = ourTags(text);
      expect(ours, path).toEqual(parse5Tags(text));
      compared += ours.length;
    }
    return compared;
  };

  it('finds the same span and anchor tags, attributes and offsets as parse5 in every test article', () => {
    expect(agreeOver(markdownFiles(articlesDir))).toBeGreaterThan(300);
  });

  it.skipIf(!sample)('finds the same tags as parse5 in a sample of the real corpus', () => {
    expect(agreeOver(sample!)).toBeGreaterThan(50_000);
  });

  it('agrees with parse5 on case, comments, near-names and tags cut short', () => {
    const texts = [
      '<SPAN Data-Ttu-Id="1a2b3-101">x</SPAN><A NAME="b"></A>',
      '<!-- <span data-ttu-id="1a2b3-101"> --><span>a</span>',
      '<!--><a name="x"></a><!---><span>',
      '<spanx>a</spanx><abbr>b</abbr><a/><span/>',
      '</ span><span\ndata-stu-id="1a2b3-102"\n>',
      '<span class="a" class="b">', '<a href=x>', '< span>', '<span',
    ];
    for (const text of texts) {
      const ours = ourTags(text);
      expect(ours, JSON.stringify(text)).toEqual(parse5Tags(text));
    }
  });

  it('falls back to parse5 for attributes the fast path does not read', () => {
    const tag = new TagScanner('<span class=sxs-lookup data-x=\'1\' data-y="a=b" hidden>', []);
    expect(tag.next()).toBe(true);
    expect(Object.fromEntries(tag.attributeList())).toEqual({ class: 'sxs-lookup', 'data-x': '1', 'data-y': 'a=b', hidden: '' });
    const odd = new TagScanner('<span data-ttu-id="1a2b3-102"x=1>', []);
    expect(odd.next()).toBe(true);
    expect(odd.attribute('data-ttu-id')).toBe('1a2b3-102');
    expect(odd.attribute('x')).toBe('1');
  });
});

describe('atxHeading', () => {
  it('reads a line as the CommonMark pattern does, closing `#`s and all', () => {
    const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
    const lines = [
      '# Title', '## a ##', '# a#', '# a #b', '#\ta\t#\t', '####### x', '    # x', '   # x', '#a', '#', '# ', '# #', '# ##', '######',
      '# a  #  #', '# \t # \t', ' # x ##x', '# a\u2028b', '## <span data-ttu-id="1a2b3-102">标题</span> ##',
    ];
    for (const line of lines) {
      const m = ATX.exec(line);
      expect(atxHeading(line), JSON.stringify(line)).toEqual(m ? { level: m[1]!.length, text: m[2] } : null);
    }
  });
});

