import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, matchesGlobQuickly } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import { displayPath } from '../src/engine/paths.js';
import type { Rule } from '../src/rules/rule.js';
import { rules } from '../src/rules/index.js';
import { articleText, edit, tree } from './helpers.js';

let root: string;
const article = () => articleText('zh-CN/Boards/archive-a-board.md');

async function lint(paths: string[], extraRules: Rule[] = []) {
  const { files, findings } = collectFiles(paths, root);
  const result = await lintFiles(files, { cwd: root, rules: [...rules, ...extraRules], maxFileBytes: 64 * 1024 });
  return { ...result, findings: [...findings, ...result.findings] };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'loclint-engine-'));
  const zh = join(root, 'zh-CN');
  mkdirSync(zh);
  writeFileSync(join(zh, 'clean.md'), article());
  writeFileSync(join(zh, 'crlf-bom.md'), '\uFEFF' + edit(article(), 'ms.locfileid: "61472083"', 'ms.locfileid: 61472083').replaceAll('\n', '\r\n'));
  writeFileSync(join(zh, 'invalid-utf8.md'), Buffer.concat([Buffer.from(article()), Buffer.from([0xff, 0xfe, 0x0a])]));
  writeFileSync(join(zh, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(join(zh, 'huge.md'), article().repeat(40));
  execFileSync('mkfifo', [join(zh, 'pipe.md')]);
  symlinkSync('loop-b.md', join(zh, 'loop-a.md'));
  symlinkSync('loop-a.md', join(zh, 'loop-b.md'));
  symlinkSync('..', join(zh, 'parent-loop'));
});

describe('lintFiles on bad input', () => {
  it('turns every kind of bad file into a finding on it and still checks the rest', async () => {
    const { findings, filesChecked } = await lint(['zh-CN']);
    const byFile = (name: string) => findings.filter((f) => f.file === `zh-CN/${name}`).map((f) => `${f.line}:${f.column} ${f.rule}`);
    expect(byFile('clean.md')).toEqual([]);
    expect(byFile('binary.md')).toEqual(['1:1 file-encoding']);
    expect(byFile('huge.md')).toEqual(['1:1 file-too-large']);
    expect(byFile('pipe.md')).toEqual(['1:1 file-unreadable']);
    expect(byFile('loop-a.md')).toEqual(['1:1 file-unreadable']);
    expect(byFile('invalid-utf8.md')).toEqual(['29:335 file-encoding']);
    expect(filesChecked).toBe(6);
  });

  it('keeps exact positions in a file with a BOM and CRLF line ends', async () => {
    const { findings } = await lint(['zh-CN/crlf-bom.md']);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['21:15 front-matter-format']);
  });

  it('names a path that is not there to the caller, and reports a file gone before it is read without stopping', async () => {
    expect(collectFiles(['zh-CN/gone.md', 'zh-CN/clean.md'], root).unmatched).toEqual(['zh-CN/gone.md']);
    const { findings } = await lintFiles([join(root, 'zh-CN/gone.md'), join(root, 'zh-CN/clean.md')], { cwd: root, rules });
    expect(findings.map((f) => `${f.file} ${f.rule} ${f.message}`)).toEqual(['zh-CN/gone.md file-unreadable Cannot read file: File does not exist']);
  });

  it('turns a rule that throws into an internal-error finding and runs the other rules', async () => {
    const broken: Rule = { id: 'broken', description: 'throws', severity: 'error', severityReason: 'a test rule', scope: 'document', messages: {}, check: () => { throw new Error('boom'); } };
    const { findings } = await lint(['zh-CN/crlf-bom.md'], [broken]);
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'internal-error: Rule broken failed on this file: boom',
      'front-matter-format: `ms.locfileid` must be quoted: `"61472083"`',
    ]);
  });
  it.each([
    ['reversed', 8, 3, undefined, 'it reports the reversed range 8–3'],
    ['past the end', 0, 1_000_000, undefined, 'it reports the range 0–1000000, outside the text (0–'],
    ['negative', -1, 2, undefined, 'it reports the range -1–2, outside the text (0–'],
    ['fractional', 1.5, 2, undefined, 'it reports the offsets 1.5–2, which are not whole numbers'],
    ['a fix past the end', 0, 1, { start: 0, end: 1_000_000 }, 'its fix edits the range 0–1000000, outside the text (0–'],
  ])('turns a rule that reports a %s range into an internal-error finding, not a clamped position', async (_, start, end, edit, message) => {
    const fix = edit ? { fix: { description: 'x', edits: [{ ...edit, text: '' }] } } : {};
    const bad: Rule = { id: 'bad-range', description: 'bad offsets', severity: 'error', severityReason: 'a test rule', scope: 'document', messages: { here: 'here' }, check: () => [{ start, end, messageId: 'here', ...fix }] };
    const { findings } = await lint(['zh-CN/crlf-bom.md'], [bad]);
    const internal = findings.filter((f) => f.rule === 'internal-error');
    expect(internal.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([expect.stringContaining(`1:1 Rule bad-range failed on this file: ${message}`)]);
    expect(findings.some((f) => f.rule === 'bad-range')).toBe(false);
  });
});

describe('collectFiles', () => {
  it('finds files in a folder outside the working directory, with globs relative to that folder', () => {
    const outside = tree({ 'zh-CN/a.md': '# A\n', 'zh-CN/includes/b.md': '# B\n', 'zh-CN/c.txt': 'no' });
    const cwd = tree({ 'x.md': '# X\n' });
    const all = collectFiles([outside], cwd).files.map((f) => f.slice(outside.length));
    expect(all.sort()).toEqual(['/zh-CN/a.md', '/zh-CN/includes/b.md']);
    const some = collectFiles([outside], cwd, { ignore: ['**/includes/**'] }).files.map((f) => f.slice(outside.length));
    expect(some).toEqual(['/zh-CN/a.md']);
  });
});

describe('displayPath', () => {
  it('is the path relative to the working directory, with / separators, inside it or not', () => {
    const cases = [
      ['/work/main', '/work/shared/corpus/a/b.md'], ['/work/main', '/work/shared/corpus/a/c.md'], ['/work/main', '/work/main/x.md'],
      ['/work/main', '/work/main'], ['/work/main', '/work/x.md'], ['/', '/a/b.md'], ['/work/main', '/b.md'],
      ['/work/main', '/work/main/.github/a.md'], ['/a/b', '/a/b/../c/d.md'], ['/work/main', '/work/mainx/a.md'], ['/work/main/', '/work/main/a.md'],
    ];
    for (const [cwd, path] of cases) expect(displayPath(cwd!, path!), `${cwd} ${path}`).toBe(relative(cwd!, path!));
  });
});

describe('matchesGlobQuickly', () => {
  it('agrees with path.matchesGlob, dot segments, case and odd names included', () => {
    const paths = ['a.md', 'a/b.md', 'a/.b.md', '.x/a.md', 'a/.x/b.md', '.md', 'a/b.MD', 'a b/c.md', 'a/../b.md', '../a.md', 'zh-CN/文章.md', 'a/b.md.txt', 'a/b.mdx', 'a/[x].md'];
    for (const glob of ['**/*.md', '**/*.mdx', 'docs/**/*.md', '*.md']) {
      for (const path of paths) expect([glob, path, matchesGlobQuickly(path, glob)]).toEqual([glob, path, matchesGlob(path, glob)]);
    }
  });
});
