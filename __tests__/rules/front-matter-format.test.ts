import { describe, expect, it } from 'vitest';
import { frontMatterFormat } from '../../src/rules/front-matter-format.js';
import { at, corpusDoc, corpusText, docOf, edit, run } from '../helpers.js';

const text = corpusText('alchemy/zh-CN/AlchemyInsights/group-writeback.md');

describe('front-matter-format', () => {
  it('passes well-formed values', () => {
    expect(run(frontMatterFormat, corpusDoc('alchemy/zh-CN/AlchemyInsights/group-writeback.md'))).toEqual([]);
  });

  it('tolerates an unpadded ms.date as a warning (real ar-SA file)', () => {
    const findings = run(frontMatterFormat, corpusDoc('alchemy/ar-SA/AlchemyInsights/apps-health-dashboard.md'));
    expect(findings.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [6, 10, 'warning', '`ms.date` is `04/6/2021`; write it as MM/DD/YYYY: `04/06/2021`'],
    ]);
  });

  it('reports bad hashes, dates, locfileid and translation type at their values', () => {
    let broken = edit(text, 'ms.openlocfilehash: 8d1d32875f0f1890f03defbfb3b483500ff1c653', 'ms.openlocfilehash: 8D1D3287');
    broken = edit(broken, 'ms.lasthandoff: 02/15/2021', 'ms.lasthandoff: 2/15/2021');
    broken = edit(broken, 'ms.date: 02/15/2021', 'ms.date: 2021-02-15');
    broken = edit(broken, 'ms.translationtype: HT', 'ms.translationtype: ht');
    broken = edit(broken, 'ms.locfileid: "50254551"', 'ms.locfileid: 50254551');
    const findings = run(frontMatterFormat, docOf(broken));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['6:10 error', '16:21 error', '18:21 error', '20:17 error', '21:15 error']);
    expect(findings[3]!.message).toBe('`ms.lasthandoff` is `2/15/2021`; write it as MM/DD/YYYY: `02/15/2021`');
    expect(findings[4]!.message).toBe('`ms.locfileid` must be quoted: `"50254551"`');
  });

  it('rejects dates that do not exist', () => {
    const findings = run(frontMatterFormat, docOf(edit(text, 'ms.lasthandoff: 02/15/2021', 'ms.lasthandoff: 02/30/2021')));
    expect(at(findings)).toEqual(['20:17']);
  });
});
