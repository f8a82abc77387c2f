import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { END_TO_END, FakeGitHub, gitIn, pullRequestRepo, runAction } from './action-harness.js';

// source-stale through the bundled action: the source's history checked out beside the workspace.

const english = (second: string) => `---
title: Add a printer
---
# Add a printer

Open Settings. ${second}
`;
const unit = (id: number, zh: string, en: string) => `<span data-ttu-id="7a1b2-${id}">${zh}</span><span class="sxs-lookup"><span data-stu-id="7a1b2-${id}">${en}</span></span>`;
const chinese = (hash: string, commit: string, text: string) => `---
title: 添加打印机
ms.openlocfilehash: ${hash}
ms.sourcegitcommit: ${commit}
ms.translationtype: HT
ms.contentlocale: zh-CN
ms.lasthandoff: 03/01/2021
ms.locfileid: "41234567"
---
# <a name="add-a-printer"></a>${unit(101, '添加打印机', 'Add a printer')}

${unit(102, '打开设置。', 'Open Settings.')} ${unit(103, text, 'Select Printers.')}
`;

let api: FakeGitHub;
afterEach(async () => api?.stop());

describe('the bundled action with source-repository', END_TO_END, () => {
  it('reports a changed translation made from a source that has changed since', async () => {
    const source = mkdtempSync(join(tmpdir(), 'loclint-action-source-'));
    mkdirSync(join(source, 'articles'));
    gitIn(source, 'init', '-q', '-b', 'main');
    const original = english('Select Printers.');
    writeFileSync(join(source, 'articles', 'printer.md'), original);
    gitIn(source, 'add', '-A');
    gitIn(source, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'source');
    const first = gitIn(source, 'rev-parse', 'HEAD');
    writeFileSync(join(source, 'articles', 'printer.md'), english('Select Printers & scanners.'));
    gitIn(source, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-am', 'edit');
    const hash = createHash('sha1').update(original).digest('hex');
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo({ 'zh-CN/printer.md': chinese(hash, first, '选择打印机。') }, { 'zh-CN/printer.md': chinese(hash, first, '请选择打印机。') });
    const run = await runAction(repo, api, { 'source-repository': join(source, 'articles') });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning title=loclint source-stale,file=zh-CN\/printer\.md,line=4.*Translation is stale.*Source units no longer in the source: 7a1b2-103\./m);
    // Without it, the workspace has no source folder: nothing is said.
    const plain = await runAction(repo, api);
    expect(plain.stdout).not.toContain('source-stale');
  });
});
