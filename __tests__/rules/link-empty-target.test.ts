import { describe, expect, it } from 'vitest';
import { linkEmptyTarget } from '../../src/rules/link-empty-target.js';
import { articleDoc, run } from '../helpers.js';

describe('link-empty-target', () => {
  it('passes links with targets', () => {
    expect(run(linkEmptyTarget, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('reports `[text]()` once, in the translation and not again in its hidden source (de-DE file)', () => {
    const findings = run(linkEmptyTarget, articleDoc('de-DE/Boards/board-templates.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['25:111 Link `[Erstellen]()` has an empty target']);
  });
});
