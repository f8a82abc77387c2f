import { describe, expect, it } from 'vitest';
import { frontMatterParse } from '../../src/rules/front-matter-parse.js';
import { at, corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('front-matter-parse', () => {
  it('passes real front matter', () => {
    expect(run(frontMatterParse, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
  });

  it('reports front matter that was wrapped in segment spans (real de-DE file)', () => {
    const findings = run(frontMatterParse, corpusDoc('alchemy/de-DE/AlchemyInsights/troubleshoot-presence-issues-outlook.md'));
    expect(at(findings)).toEqual(['2:1']);
    expect(findings[0]!.message).toMatch(/wrapped in segment spans/);
  });

  it('reports a duplicate key at its line (real English source)', () => {
    const findings = run(frontMatterParse, corpusDoc('enterprise/en-US/Enterprise/office-365-networking-partner-program.md'));
    expect(at(findings)).toEqual(['17:1']);
    expect(findings[0]!.message).toBe('YAML: Map keys must be unique');
  });

  it('reports a YAML syntax error at its line, and unclosed front matter', () => {
    const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');
    const broken = run(frontMatterParse, docOf(edit(text, 'ms.topic: article', 'ms.topic: [article')));
    // YAML notices the unclosed `[` where the next key begins.
    expect(broken.map((f) => f.line)).toEqual([9]);
    const unclosed = run(frontMatterParse, docOf(edit(text, '---\n#', '\n#')));
    expect(at(unclosed)).toEqual(['1:1']);
    expect(unclosed[0]!.message).toMatch(/not closed/);
  });
});
