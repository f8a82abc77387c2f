import { describe, expect, it } from 'vitest';
import { frontMatterRequired } from '../../src/rules/front-matter-required.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

describe('front-matter-required', () => {
  it('passes a localized file with all six keys', () => {
    expect(run(frontMatterRequired, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('reports each missing key in a localized file', () => {
    const text = edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ms.lasthandoff: 03/10/2022\n', '');
    const findings = run(frontMatterRequired, docOf(edit(text, 'ms.locfileid: "61472083"\n', '')));
    expect(at(findings)).toEqual(['1:1', '1:1']);
    expect(findings.map((f) => f.message)).toEqual([
      'Localized file has no `ms.locfileid` in its front matter',
      'Localized file has no `ms.lasthandoff` in its front matter',
    ]);
  });

  it('requires nothing of source-locale files', () => {
    const source = articleDoc('en-US/Boards/style-check.md');
    expect(run(frontMatterRequired, source, { localized: false })).toEqual([]);
  });
});
