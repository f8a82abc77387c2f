import { describe, expect, it } from 'vitest';
import { frontMatterParse } from '../../src/rules/front-matter-parse.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('front-matter-parse', () => {
  it('passes well-formed front matter', () => {
    expect(run(frontMatterParse, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('reports front matter that was wrapped in segment spans (de-DE file)', () => {
    const findings = run(frontMatterParse, articleDoc('de-DE/Boards/card-templates.md'));
    expect(at(findings)).toEqual(['2:1']);
    expect(findings[0]!.message).toMatch(/wrapped in segment spans/);
  });

  it('reports a duplicate key at its line (English source)', () => {
    const findings = run(frontMatterParse, articleDoc('en-US/Boards/partner-directory.md'));
    expect(at(findings)).toEqual(['17:1']);
    expect(findings[0]!.message).toBe('YAML: Map keys must be unique');
  });

  it('reports a YAML syntax error at its line, and unclosed front matter', () => {
    const text = articleText('zh-CN/Boards/archive-a-board.md');
    const broken = run(frontMatterParse, docOf(edit(text, 'ms.topic: article', 'ms.topic: [article')));
    // YAML notices the unclosed `[` where the next key begins.
    expect(broken.map((f) => f.line)).toEqual([9]);
    const unclosed = run(frontMatterParse, docOf(edit(text, '---\n#', '\n#')));
    expect(at(unclosed)).toEqual(['1:1']);
    expect(unclosed[0]!.message).toMatch(/not closed/);
  });
});
