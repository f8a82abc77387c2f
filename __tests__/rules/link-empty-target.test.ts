import { describe, expect, it } from 'vitest';
import { linkEmptyTarget } from '../../src/rules/link-empty-target.js';
import { corpusDoc, run } from '../helpers.js';

describe('link-empty-target', () => {
  it('passes links with targets', () => {
    expect(run(linkEmptyTarget, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
  });

  it('reports `[text]()` once, in the translation and not again in its hidden source (real de-DE file)', () => {
    const findings = run(linkEmptyTarget, corpusDoc('alchemy/de-DE/AlchemyInsights/use-breakout-rooms.md'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['29:132 Link `[Erstellen]()` has an empty target']);
  });
});
