import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lintFiles } from '../../src/engine/engine.js';
import { sourceStale } from '../../src/rules/source-stale.js';
import { Substrings } from '../../src/rules-support/substrings.js';
import { crlfForm } from '../../src/document/text.js';
import { execFileSync } from 'node:child_process';
import { END_TO_END, gitIn } from '../action-harness.js';

// Real git repositories made for each test: the source's history is what the rule is about.

const SENTENCES = {
  title: 'Add a printer',
  a: 'Open Settings.',
  b: 'Select Printers.',
  c: 'Select Add a printer.',
  d: 'Wait for the printer to appear.',
};

const english = (paragraphs: string[]) => `---
title: Add a printer
ms.author: writer
ms.date: 03/01/2021
---
# Add a printer

${paragraphs.join('\n\n')}
`;
const originalEnglish = english([`${SENTENCES.a} ${SENTENCES.b}`, SENTENCES.c, SENTENCES.d]);

const unit = (id: number, zh: string, en: string) => `<span data-ttu-id="7a1b2-${id}">${zh}</span><span class="sxs-lookup"><span data-stu-id="7a1b2-${id}">${en}</span></span>`;

const chinese = (hash: string, commit: string) => `---
title: 添加打印机
ms.author: writer
ms.date: 03/01/2021
ms.openlocfilehash: ${hash}
ms.sourcegitcommit: ${commit}
ms.translationtype: HT
ms.contentlocale: zh-CN
ms.lasthandoff: 03/01/2021
ms.locfileid: "41234567"
---
# <a name="add-a-printer"></a>${unit(101, '添加打印机', SENTENCES.title)}

${unit(102, '打开设置。', SENTENCES.a)} ${unit(103, '选择打印机。', SENTENCES.b)}

${unit(104, '选择添加打印机。', SENTENCES.c)}

${unit(105, '等待打印机出现。', SENTENCES.d)}
`;

const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('hex');

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function commit(root: string, files: Record<string, string>, message: string): string {
  write(root, files);
  gitIn(root, 'add', '-A');
  gitIn(root, '-c', 'user.email=test@example.com', '-c', 'user.name=test', 'commit', '-q', '--allow-empty', '-m', message);
  return gitIn(root, 'rev-parse', 'HEAD');
}

function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'loclint-source-'));
  gitIn(root, 'init', '-q', '-b', 'main');
  return root;
}

const ZH = 'docs/zh-CN/printer.md';
const EN = 'docs/en-US/printer.md';

async function check(root: string, files: string[] = [ZH], sourceRepository?: string) {
  const { findings } = await lintFiles(
    files.map((f) => join(root, f)),
    { cwd: root, rules: [sourceStale], ...(sourceRepository ? { sourceRepository } : {}) },
  );
  return findings.map((f) => `${f.file}:${f.line} ${f.message}`);
}

describe('source-stale', END_TO_END, () => {
  it('passes a translation of the source as it is now, its hash of the raw file', async () => {
    const root = repository();
    const first = commit(root, { [EN]: originalEnglish }, 'source');
    commit(root, { [ZH]: chinese(sha1(originalEnglish), first) }, 'translation');
    expect(await check(root)).toEqual([]);
  });

  it('reports a translation stale after the source changed, naming the units that left and the new paragraphs', async () => {
    const root = repository();
    const first = commit(root, { [EN]: originalEnglish }, 'source');
    commit(root, { [ZH]: chinese(sha1(originalEnglish), first) }, 'translation');
    // Two paragraphs edited (one sentence of the first, all of the second) and one added.
    commit(root, { [EN]: english([`${SENTENCES.a} Select Printers & scanners.`, 'Select Add device.', SENTENCES.d, 'Print a test page.']) }, 'edit');
    expect(await check(root)).toEqual([
      `${ZH}:6 Translation is stale: the source \`docs/en-US/printer.md\` has changed since ms.sourcegitcommit ${first.slice(0, 7)} (ms.openlocfilehash matches the source at that commit, as stored). Source units no longer in the source: 7a1b2-103, 7a1b2-104. New source paragraphs with no unit: line 10 “Select Add device.”, line 14 “Print a test page.”.`,
    ]);
  });

  it('says when the hash is of the CRLF form, and reports a hash of neither form as wrong metadata', async () => {
    const root = repository();
    const first = commit(root, { [EN]: originalEnglish }, 'source');
    const crlf = sha1(crlfForm(Buffer.from(originalEnglish)));
    commit(root, { [ZH]: chinese(crlf, first), 'docs/zh-TW/printer.md': chinese('0'.repeat(40), first).replace('zh-CN', 'zh-TW') }, 'translations');
    expect(await check(root, [ZH, 'docs/zh-TW/printer.md'])).toEqual([
      `docs/zh-TW/printer.md:5 ms.openlocfilehash ${'0'.repeat(40)} is not the SHA-1 of the source \`docs/en-US/printer.md\` at ms.sourcegitcommit ${first.slice(0, 7)} (${sha1(originalEnglish)} as stored, ${crlf} with CRLF line endings): the localization metadata is wrong`,
    ]);
    commit(root, { [EN]: english([SENTENCES.a, SENTENCES.b, SENTENCES.c, SENTENCES.d]) }, 'edit');
    const [stale] = await check(root);
    expect(stale).toContain('(ms.openlocfilehash matches the source at that commit with CRLF line endings)');
    // Split into two paragraphs, both sentences still there: no unit left, the new paragraphs hold units.
    expect(stale).toContain('Every source unit is still in the source');
  });

  it('reports a commit the full history lacks, and a source the commit lacked; says nothing beyond a shallow clone', async () => {
    const root = repository();
    const first = commit(root, { 'README.md': '# Docs\n' }, 'start');
    const second = commit(root, { [EN]: originalEnglish }, 'source');
    const absent = 'abcdef0123456789abcdef0123456789abcdef01';
    commit(root, { [ZH]: chinese(sha1(originalEnglish), absent), 'docs/zh-TW/printer.md': chinese(sha1(originalEnglish), first) }, 'translations');
    expect(await check(root, [ZH, 'docs/zh-TW/printer.md'])).toEqual([
      `${ZH}:6 ms.sourcegitcommit abcdef0 is not a commit of the source repository: the localization metadata is wrong (or the history was rewritten)`,
      `docs/zh-TW/printer.md:6 The source \`docs/en-US/printer.md\` did not exist at ms.sourcegitcommit ${first.slice(0, 7)}: the localization metadata is wrong`,
    ]);
    const shallow = mkdtempSync(join(tmpdir(), 'loclint-shallow-'));
    gitIn(tmpdir(), 'clone', '-q', '--depth=1', `file://${root}`, shallow);
    expect(await check(shallow)).toEqual([]);
    expect(second).toMatch(/^[0-9a-f]{40}$/);
  });

  it('reads a source repository given apart, laid out as the source locale folder', async () => {
    const source = repository();
    const first = commit(source, { 'articles/printer.md': originalEnglish }, 'source');
    commit(source, { 'articles/printer.md': english([SENTENCES.a, SENTENCES.c, SENTENCES.d]) }, 'edit');
    const checked = mkdtempSync(join(tmpdir(), 'loclint-checked-'));
    write(checked, { 'zh-CN/printer.md': chinese(sha1(originalEnglish), first) });
    const [stale] = await check(checked, ['zh-CN/printer.md'], join(source, 'articles'));
    expect(stale).toContain('Translation is stale: the source `articles/printer.md` has changed');
    expect(stale).toContain('Source units no longer in the source: 7a1b2-103.');
  });

  it('asks git once per repository for all the commits and once for all the blobs, however many files name them', async () => {
    const root = repository();
    const first = commit(root, { [EN]: originalEnglish, 'docs/en-US/other.md': originalEnglish }, 'source');
    const locales = ['zh-CN', 'zh-TW', 'ja-JP', 'ko-KR'];
    const files = locales.flatMap((l) => [`docs/${l}/printer.md`, `docs/${l}/other.md`]);
    commit(root, Object.fromEntries(files.map((f) => [f, chinese(sha1(originalEnglish), first)])), 'translations');
    commit(root, { [EN]: english([SENTENCES.a, SENTENCES.c]) }, 'edit');
    // A git on PATH that writes down each call before it runs the real one.
    const bin = mkdtempSync(join(tmpdir(), 'loclint-git-'));
    const log = join(bin, 'calls');
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    let stale: string[];
    try {
      stale = await check(root, files);
    } finally {
      process.env.PATH = path;
    }
    expect(stale.filter((f) => f.includes('printer.md:6 Translation is stale'))).toHaveLength(4);
    expect(stale).toHaveLength(4);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['rev-parse --show-prefix --is-shallow-repository', 'cat-file --batch-check=%(objecttype) %(objectname) %(objectsize)', 'cat-file --batch']);
  });

  it('takes the source repository from the configuration only inside the checked tree', async () => {
    const checked = mkdtempSync(join(tmpdir(), 'loclint-checked-'));
    const inside = join(checked, 'source');
    mkdirSync(inside);
    gitIn(inside, 'init', '-q', '-b', 'main');
    const first = commit(inside, { 'articles/printer.md': originalEnglish }, 'source');
    commit(inside, { 'articles/printer.md': english([SENTENCES.a, SENTENCES.c, SENTENCES.d]) }, 'edit');
    write(checked, { 'zh-CN/printer.md': chinese(sha1(originalEnglish), first) });
    const lint = async (repository: string) => {
      const config = { ...defaultConfig(), sourceRepository: repository };
      return (await lintFiles([join(checked, 'zh-CN/printer.md')], { cwd: checked, config, rules: [sourceStale] })).findings.map((f) => f.message);
    };
    expect(await lint('source/articles')).toEqual([expect.stringContaining('Source units no longer in the source: 7a1b2-103.')]);
    // The same repository outside the tree, named by the configuration: not read.
    const outside = mkdtempSync(join(tmpdir(), 'loclint-outside-'));
    gitIn(tmpdir(), 'clone', '-q', `file://${inside}`, outside);
    expect(await lint(join(outside, 'articles'))).toEqual([]);
    // Given by the caller (the command line, the action's input), it is read.
    expect(await check(checked, ['zh-CN/printer.md'], join(outside, 'articles'))).toEqual([expect.stringContaining('Translation is stale')]);
  });

  it('names no units of a source too large to index, and reads no source larger than a checked file may be', async () => {
    const root = repository();
    const long = english([SENTENCES.a, 'x'.repeat(300 * 1024)]);
    const first = commit(root, { [EN]: long }, 'source');
    commit(root, { [ZH]: chinese(sha1(long), first) }, 'translation');
    commit(root, { [EN]: english([SENTENCES.b, 'x'.repeat(300 * 1024)]) }, 'edit');
    expect(await check(root)).toEqual([
      `${ZH}:6 Translation is stale: the source \`docs/en-US/printer.md\` has changed since ms.sourcegitcommit ${first.slice(0, 7)} (ms.openlocfilehash matches the source at that commit, as stored). (The source is too large to name the units that changed.)`,
    ]);
    const { findings } = await lintFiles([join(root, ZH)], { cwd: root, rules: [sourceStale], maxFileBytes: 100 * 1024 });
    expect(findings).toEqual([]);
  });

  it('says nothing outside git or for the source itself', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'loclint-plain-'));
    write(plain, { [EN]: originalEnglish, [ZH]: chinese(sha1(originalEnglish), 'a'.repeat(40)) });
    expect(await check(plain, [ZH, EN])).toEqual([]);
  });
});

describe('Substrings', () => {
  it('answers whether and where a string first occurs', () => {
    const text = 'abracadabra';
    const index = new Substrings(text);
    for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= text.length; j++) expect(index.firstEnd(text.slice(i, j))).toBe(text.indexOf(text.slice(i, j)) + j - i);
    expect(index.has('abrac')).toBe(true);
    expect(index.has('cab')).toBe(false);
    expect(index.has('')).toBe(true);
  });

  it('builds over a long repetitive text and answers a long miss, in linear steps', () => {
    const text = 'a'.repeat(200_000);
    const index = new Substrings(text);
    expect(index.has('a'.repeat(200_000))).toBe(true);
    expect(index.has(`${'a'.repeat(199_999)}b`)).toBe(false);
  });
});
