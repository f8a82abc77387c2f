import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { grayMatterSplit, parseFrontMatter, simpleMapping, splitMatter, yamlMapping } from '../src/document/front-matter.js';
import { LineIndex } from '../src/document/text.js';
import { articlesDir, articleText, corpusSample, markdownFiles } from './helpers.js';

const sample = corpusSample();
const read = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');


const pos = (text: string, offset: number) => new LineIndex(text).position(offset);

describe('parseFrontMatter', () => {
  it('gives every key and value with its position in the file', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md');
    const fm = parseFrontMatter(text)!;
    expect(fm.problems).toEqual([]);
    const locfileid = fm.get('ms.locfileid')!;
    expect(locfileid).toMatchObject({ value: '61472083', quoted: true });
    expect(pos(text, locfileid.keyStart)).toEqual({ line: 21, column: 1 });
    expect(pos(text, locfileid.valueStart)).toEqual({ line: 21, column: 15 });
    expect(fm.get('ms.custom')!.value).toEqual(['4417', '7702915']);
    expect(pos(text, fm.end)).toEqual({ line: 23, column: 1 });
  });

  it('reads every scalar as the string it is written as (no dates, booleans or base-60)', () => {
    const fm = parseFrontMatter('---\nms.date: 2021-02-15\nROBOTS: NO\ntime: 1:20\nn: 0x1F\n---\n')!;
    expect(fm.entries.map((e) => e.value)).toEqual(['2021-02-15', 'NO', '1:20', '0x1F']);
  });

  it('never evaluates JavaScript front matter', () => {
    const g = globalThis as { loclintPwned?: boolean };
    const fm = parseFrontMatter('---js\n{ title: (globalThis.loclintPwned = true) }\n---\n# Title\n')!;
    expect(g.loclintPwned).toBeUndefined();
    expect(fm.problems[0]!.message).toMatch(/never evaluates code/);
    const long = parseFrontMatter('---javascript\n{ t: (globalThis.loclintPwned = true) }\n---\n')!;
    expect(g.loclintPwned).toBeUndefined();
    expect(long.problems).toHaveLength(1);
  });

  it('refuses an alias bomb', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) lines.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${i === 0 ? 'a' : 'bcdefghi'[i - 1]}`).join(',')}]`);
    const fm = parseFrontMatter(`---\n${lines.join('\n')}\n---\n`)!;
    expect(fm.problems[0]!.message).toMatch(/aliases: refused/);
  });

  it('reports unclosed front matter, and a list where a mapping belongs', () => {
    expect(parseFrontMatter('---\ntitle: x\n# Heading\n')!.problems[0]!.message).toMatch(/not closed/);
    const list = '---\n- a\n- b\n---\n';
    const problem = parseFrontMatter(list)!.problems[0]!;
    expect(problem.message).toMatch(/not a mapping/);
    expect(pos(list, problem.start)).toEqual({ line: 2, column: 1 });
  });

  it('reads CRLF front matter (English source with CRLF line ends)', () => {
    const text = articleText('en-US/Boards/style-check.md');
    expect(text.includes('\r\n')).toBe(true);
    const fm = parseFrontMatter(text)!;
    expect(fm.problems).toEqual([]);
    expect(fm.get('ms.author')).toMatchObject({ value: 'v-lindqvist' });
    expect(pos(text, fm.get('ms.author')!.valueStart)).toEqual({ line: 6, column: 12 });
  });

  it('returns null for a file without front matter', () => {
    expect(parseFrontMatter('# Title\n---\n')).toBeNull();
  });
});

describe('splitMatter (the fast split of a plain `---` block)', () => {
  /** Compares the splits over texts and counts the plain `---` blocks compared. */
  const agreeOver = (texts: string[]) => {
    let plain = 0;
    for (const text of texts.filter((t) => t.startsWith('---\n') || t.startsWith('---\r\n'))) {
      plain++;
      expect(splitMatter(text)).toEqual(grayMatterSplit(text));
    }
    return plain;
  };

  it('splits every test article, and odd openings, exactly as gray-matter does', () => {
    const texts = [...markdownFiles(articlesDir)].map(read);
    texts.push('---\r\ntitle: a\r\n---\r\nbody', '---\ntitle: unclosed', '---\n---\n', '---\n\n---');
    expect(agreeOver(texts)).toBeGreaterThan(20);
    expect(() => splitMatter('---js\n1\n---\n')).toThrow(/never evaluates code/);
  });

  it.skipIf(!sample)('splits a sample of the real corpus exactly as gray-matter does', () => {
    expect(agreeOver(sample!.map(read))).toBeGreaterThan(1_000);
  });
});

describe('simpleMapping (the fast path for plain front matter)', () => {
  /** The YAML block of a file, as parseFrontMatter hands it on. */
  const block = (text: string) => {
    const close = text.indexOf('\n---', 3);
    return text.slice(3, close).replace(/\r$/, '');
  };

  /** Compares the fast path with yaml over files and counts the blocks it accepted. */
  const agreeOver = (paths: Iterable<string>) => {
    let accepted = 0;
    for (const path of paths) {
      const text = read(path);
      if (!text.startsWith('---')) continue;
      const fast = simpleMapping(text, 3, 3 + block(text).length);
      if (fast === null) continue;
      accepted++;
      expect(fast, path).toEqual(yamlMapping(block(text), 3));
    }
    return accepted;
  };

  it('reads every test article it accepts exactly as the yaml package does', () => {
    expect(agreeOver(markdownFiles(articlesDir))).toBeGreaterThan(15);
  });

  it.skipIf(!sample)('reads every file of a sample of the real corpus it accepts exactly as yaml does', () => {
    expect(agreeOver(sample!)).toBeGreaterThan(1_000);
  });

  it('agrees with yaml on the shapes it accepts, and leaves every other shape to it', () => {
    const accepted = [
      '\ntitle: x\nms.custom:\n- "1"\n- 2\n\nms.date: \'\'\nempty:\nlast: https://a.b/c?d=e#f',
      '\nkeywords:\n  - a\n  - b\nrobots: NOINDEX, NOFOLLOW\n',
      '\r\na: 1\r\nb:\r\n- x\r\nc: "q"',
      '\na:    spaced   \nb:   \nc_1.d-e: \'it\'',
      '\nms,.custom: x\nmunlocking-an-account s.custom:\n- "1"',
      '\ntitle: "\\"quoted\\" and \\\\ a backslash"\na: "x\\"y"',
    ];
    for (const text of accepted) expect(simpleMapping(text, 0, text.length), JSON.stringify(text)).toEqual(yamlMapping(text, 0));
    const refused = ['\na: 1\na: 2', '\n# comment\na: 1', '\na: b # c', '\na: [1, 2]', '\na: &x 1\nb: *x', '\na: >\n  folded', '\ndescription: one\n  two', '\na:b', '\n- a', '\na: -1', '\na: x\ry', '\na: x\u2028y', '\n.a: x', '\n-a: x', '\nä: x', "\na: 'it''s'", '\na : x', '\na: "b\\nc"', '\na: "b\\"'];
    for (const text of refused) expect(simpleMapping(text, 0, text.length), JSON.stringify(text)).toBeNull();
  });
});
