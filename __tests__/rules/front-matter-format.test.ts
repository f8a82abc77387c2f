import { describe, expect, it } from 'vitest';
import { frontMatterFormat } from '../../src/rules/front-matter-format.js';
import { at, articleDoc, articleText, docOf, edit, run } from '../helpers.js';

const text = articleText('zh-CN/Boards/archive-a-board.md');

describe('front-matter-format', () => {
  it('passes well-formed values', () => {
    expect(run(frontMatterFormat, articleDoc('zh-CN/Boards/archive-a-board.md'))).toEqual([]);
  });

  it('tolerates an unpadded ms.date as a warning (ar-SA file)', () => {
    const findings = run(frontMatterFormat, articleDoc('ar-SA/Boards/card-labels.md'));
    expect(findings.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [6, 10, 'warning', '`ms.date` is `04/7/2022`; write it as MM/DD/YYYY: `04/07/2022`'],
    ]);
  });

  it('reports bad hashes, dates, locfileid and translation type at their values', () => {
    let broken = edit(text, 'ms.openlocfilehash: 928f778174e704bf6d50d3b5d95b929a2928fefc', 'ms.openlocfilehash: 928F7781');
    broken = edit(broken, 'ms.lasthandoff: 03/10/2022', 'ms.lasthandoff: 3/10/2022');
    broken = edit(broken, 'ms.date: 03/09/2022', 'ms.date: 2021-02-15');
    broken = edit(broken, 'ms.translationtype: HT', 'ms.translationtype: ht');
    broken = edit(broken, 'ms.locfileid: "61472083"', 'ms.locfileid: 61472083');
    const findings = run(frontMatterFormat, docOf(broken));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['6:10 error', '16:21 error', '18:21 error', '20:17 error', '21:15 error']);
    expect(findings[3]!.message).toBe('`ms.lasthandoff` is `3/10/2022`; write it as MM/DD/YYYY: `03/10/2022`');
    expect(findings[4]!.message).toBe('`ms.locfileid` must be quoted: `"61472083"`');
  });

  it('rejects dates that do not exist', () => {
    const findings = run(frontMatterFormat, docOf(edit(text, 'ms.lasthandoff: 03/10/2022', 'ms.lasthandoff: 02/30/2022')));
    expect(at(findings)).toEqual(['20:17']);
  });
});
