import { describe, expect, it } from 'vitest';
import { frontMatterFormat } from '../../src/rules/front-matter-format.js';
import { applyEdits } from './fix-edits.js';
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

  it('fixes what has one right spelling (padding, ISO dates, quotes, case) and leaves the rest', () => {
    let broken = edit(text, 'ms.openlocfilehash: 928f778174e704bf6d50d3b5d95b929a2928fefc', 'ms.openlocfilehash: 928F778174E704BF6D50D3B5D95B929A2928FEFC');
    broken = edit(broken, 'ms.sourcegitcommit: 2f6a0c91d8e4b7a35c0e19f4d6b28a7e5c31d904', 'ms.sourcegitcommit: 2f6a0c91');
    broken = edit(broken, 'ms.lasthandoff: 03/10/2022', "ms.lasthandoff: '3/10/2022'");
    broken = edit(broken, 'ms.date: 03/09/2022', 'ms.date: 2022-03-09');
    broken = edit(broken, 'ms.translationtype: HT', 'ms.translationtype: ht');
    broken = edit(broken, 'ms.locfileid: "61472083"', 'ms.locfileid: 61472083');
    const findings = run(frontMatterFormat, docOf(broken));
    expect(findings.map((f) => f.fix?.description ?? null)).toEqual([
      'write `ms.date` as `03/09/2022`',
      'write `ms.openlocfilehash` in lowercase',
      null, // a short hash has no one right spelling
      'write `ms.translationtype` as `HT`',
      'write `ms.lasthandoff` as `03/10/2022`',
      'quote `ms.locfileid`',
    ]);
    expect(findings[0]!.message).toBe('`ms.date` is `2022-03-09`; write it as MM/DD/YYYY: `03/09/2022`');
    const fixed = applyEdits(broken, findings.flatMap((f) => f.fix?.edits ?? []));
    expect(fixed).toBe(edit(text, 'ms.sourcegitcommit: 2f6a0c91d8e4b7a35c0e19f4d6b28a7e5c31d904', 'ms.sourcegitcommit: 2f6a0c91').replace('ms.lasthandoff: 03/10/2022', "ms.lasthandoff: '03/10/2022'"));
    expect(run(frontMatterFormat, docOf(fixed)).map((f) => f.message)).toEqual(['`ms.sourcegitcommit` is `2f6a0c91`, not a 40-digit lowercase hex hash']);
  });

  it('offers no fix for an ISO date that is no calendar date', () => {
    const findings = run(frontMatterFormat, docOf(edit(text, 'ms.date: 03/09/2022', 'ms.date: 2022-02-30')));
    expect(findings.map((f) => [f.message, f.fix])).toEqual([['`ms.date` is `2022-02-30`, not a MM/DD/YYYY date', undefined]]);
  });
});
