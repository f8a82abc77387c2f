import { describe, expect, it } from 'vitest';
import { frontMatterRequired } from '../../src/rules/front-matter-required.js';
import { at, corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

describe('front-matter-required', () => {
  it('passes a localized file with all six keys', () => {
    expect(run(frontMatterRequired, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
  });

  it('reports each missing key in a localized file', () => {
    const text = edit(corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md'), 'ms.lasthandoff: 02/15/2021\n', '');
    const findings = run(frontMatterRequired, docOf(edit(text, 'ms.locfileid: "50254551"\n', '')));
    expect(at(findings)).toEqual(['1:1', '1:1']);
    expect(findings.map((f) => f.message)).toEqual([
      'Localized file has no `ms.locfileid` in its front matter',
      'Localized file has no `ms.lasthandoff` in its front matter',
    ]);
  });

  it('requires nothing of source-locale files', () => {
    const source = corpusDoc('enterprise/en-US/Enterprise/acrolinx-fail-test.md');
    expect(run(frontMatterRequired, source, { localized: false })).toEqual([]);
  });
});
