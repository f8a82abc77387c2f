import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import type { Finding } from '../src/findings/finding.js';
import { tree } from './helpers.js';

/** A translated article in the real format, with an emptied link text and a hostile segment id and tag. */
export function article(locale: string, title: string): string {
  return `---
title: ${title}
ms.author: pebaum
ms.date: 2/15/2021
ms.openlocfilehash: 3f9a1c0e2b7d4a5f6e8c9b0a1d2e3f4a5b6c7d8e
ms.sourcegitcommit: ee1cff8e7e6b1f0a2c3d4e5f6a7b8c9d0e1f2a3b
ms.translationtype: HT
ms.contentlocale: ${locale}
ms.lasthandoff: 02/15/2021
ms.locfileid: "46633012"
---
# <span data-ttu-id="581fd-101">${title}</span><span class="sxs-lookup"><span data-stu-id="581fd-101">Group writeback</span></span>

<span data-ttu-id="581fd-102">有关详细信息，请参阅[](https://docs.microsoft.com/exchange/hybrid)。</span><span class="sxs-lookup"><span data-stu-id="581fd-102">For more information, see [Configure hybrid](https://docs.microsoft.com/exchange/hybrid).</span></span>

<span data-ttu-id="581fd-103\`<img src=x onerror=alert(1)>">标识 <img src=x onerror="document.title='pwned'"> 不对</span><span class="sxs-lookup"><span data-stu-id="581fd-103\`<img src=x onerror=alert(1)>">The id is wrong</span></span>
`;
}

/** A file name a pull request could commit (no `/`, which would make it folders): a backtick, a tag, a pipe, a newline and a link. */
export const HOSTILE_NAME = 'odd`<img src=x onerror=alert(1)>|name\n- [x](javascript:alert(1)).md';

/** Two locales of the article, and the hostile name in one of them, checked as the CLI does. */
export async function reportFindings(context: boolean): Promise<{ root: string; findings: Finding[]; filesChecked: number }> {
  const root = tree({
    'docs/zh-CN/writeback.md': article('zh-CN', '组写回'),
    'docs/de-DE/writeback.md': article('de-DE', 'Gruppenrückschreiben'),
    [`docs/de-DE/${HOSTILE_NAME}`]: article('de-DE', 'Seltsam'),
  });
  const { files } = collectFiles(['docs'], root);
  const result = await lintFiles(files, { cwd: root, context });
  return { root, findings: result.findings, filesChecked: result.filesChecked };
}

/** Markdown as GitHub renders a job summary (GFM; raw HTML kept, the strictest reading of what loclint wrote). */
export const renderedMarkdown = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
