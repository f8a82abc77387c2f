import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/document.js';
import { lintFiles } from '../src/engine/engine.js';
import { sourceStale } from '../src/rules/source-stale.js';
import { sourceHistory } from '../src/source/history.js';
import { gitIn } from './action-harness.js';
import { corpusFolder } from './helpers.js';

// The real corpus is no git repository: each test makes one from a corpus's en-US folder, and
// copies the translations beside it with ms.sourcegitcommit set to that repository's commit.

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();

const COMMIT_LINE = /^ms\.sourcegitcommit:[^\S\r\n]*[0-9a-f]{40}/m;

function commitAll(root: string, message: string): string {
  gitIn(root, 'add', '-A');
  gitIn(root, '-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'core.autocrlf=false', 'commit', '-q', '-m', message);
  return gitIn(root, 'rev-parse', 'HEAD');
}

/** A git repository of `en-US`'s files and a checked tree of the locales' files naming its commit. */
function corpusRepositories(corpus: string, locales: readonly string[]): { source: string; checked: string; commit: string; files: string[] } {
  const source = mkdtempSync(join(tmpdir(), 'loclint-corpus-source-'));
  cpSync(join(corpus, 'en-US'), source, { recursive: true });
  gitIn(source, 'init', '-q', '-b', 'main');
  const commit = commitAll(source, 'source');
  const checked = mkdtempSync(join(tmpdir(), 'loclint-corpus-checked-'));
  const files: string[] = [];
  for (const locale of locales) {
    for (const file of markdownFiles(join(corpus, locale))) {
      const text = readFileSync(file, 'utf8');
      if (!COMMIT_LINE.test(text)) continue;
      const copy = join(checked, locale, relative(join(corpus, locale), file));
      cpSync(file, copy);
      writeFileSync(copy, text.replace(COMMIT_LINE, `ms.sourcegitcommit: ${commit}`));
      files.push(copy);
    }
  }
  return { source, checked, commit, files };
}

/** Which form of the source at the commit each translation's ms.openlocfilehash is: counts of raw, crlf, neither, and the files of neither. */
async function matchedForms(source: string, checked: string, files: readonly string[]): Promise<{ counts: Record<string, number>; neither: string[] }> {
  const queries = files.map((file) => {
    const below = relative(checked, file).split('/').slice(1).join('/');
    return { file, folder: source, relative: below };
  });
  const history = await sourceHistory(queries, (file) => /^ms\.sourcegitcommit: (\w+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? null, 4 * 1024 * 1024);
  const counts: Record<string, number> = { raw: 0, crlf: 0, neither: 0, 'no-source': 0 };
  const neither: string[] = [];
  for (const file of files) {
    const version = history.versions.get(history.byFile.get(file)!)!;
    const hash = /^ms\.openlocfilehash: ([0-9a-f]{40})/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (version.state !== 'found') counts['no-source']!++;
    else {
      const form = hash === version.rawHash ? 'raw' : hash === version.crlfHash ? 'crlf' : 'neither';
      counts[form]!++;
      if (form === 'neither') neither.push(relative(checked, file));
    }
  }
  return { counts, neither };
}

const enterprise = corpusFolder('enterprise');
const seccomp = corpusFolder('seccomp');

describe.skipIf(enterprise === null)('source-stale on ../shared/corpus/enterprise', { timeout: 600_000 }, () => {
  it('matches the raw form, and after a commit editing two paragraphs of one article reports exactly that article, naming its units', async () => {
    const { source, checked, files } = corpusRepositories(enterprise!, ['ru-RU']);
    // One translation was made from another version of its source than the corpus holds: its hash is reported.
    const forms = await matchedForms(source, checked, files);
    expect(forms).toEqual({ counts: { raw: 239, crlf: 0, neither: 1, 'no-source': 0 }, neither: ['ru-RU/Enterprise/urls-and-ip-address-ranges-21vianet.md'] });
    const mismatch = (findings: readonly { file: string; message: string }[]) => findings.filter((f) => f.message.startsWith('ms.openlocfilehash')).map((f) => f.file);
    const before = await lintFiles(files, { cwd: checked, rules: [sourceStale], sourceRepository: source });
    expect(before.findings.map((f) => f.file)).toEqual(forms.neither);
    expect(mismatch(before.findings)).toEqual(forms.neither);

    // The first translation with two source units, each alone on its line of the source, in different paragraphs.
    let edited: { file: string; units: string[] } | null = null;
    for (const file of files) {
      if (forms.neither.includes(relative(checked, file))) continue;
      const below = relative(join(checked, 'ru-RU'), file);
      const english = readFileSync(join(source, below), 'utf8');
      const doc = parseDocument(file, readFileSync(file, 'utf8'));
      const lines = english.split('\n');
      const picked: string[] = [];
      for (const segment of doc.segments) {
        const text = segment.stu && doc.text.slice(segment.stu.contentStart, segment.stu.contentEnd);
        if (!text || text.length < 30 || picked.includes(text) || lines.filter((l) => l === text).length !== 1 || english.split(text).length !== 2) continue;
        picked.push(text);
        if (picked.length === 2) break;
      }
      if (picked.length < 2) continue;
      // A word added in the middle of each: neither unit's text is in the source any more.
      let changed = english;
      for (const text of picked) changed = changed.replace(text, `${text.slice(0, text.length >> 1)} edited ${text.slice(text.length >> 1)}`);
      writeFileSync(join(source, below), changed);
      const gone = doc.segments.filter((s) => s.stu && picked.some((p) => doc.text.slice(s.stu!.contentStart, s.stu!.contentEnd).includes(p))).map((s) => s.id);
      edited = { file, units: gone };
      break;
    }
    expect(edited).not.toBeNull();
    commitAll(source, 'edit two paragraphs');
    const after = await lintFiles(files, { cwd: checked, rules: [sourceStale], sourceRepository: source });
    const stale = after.findings.filter((f) => f.message.startsWith('Translation is stale'));
    expect(stale.map((f) => f.file)).toEqual([relative(checked, edited!.file)]);
    expect(mismatch(after.findings)).toEqual(forms.neither);
    expect(after.findings).toHaveLength(2);
    const message = stale[0]!.message;
    expect(message).toContain('(ms.openlocfilehash matches the source at that commit, as stored)');
    expect(message).toContain(`Source units no longer in the source: ${edited!.units.join(', ')}.`);
  });
});

describe.skipIf(seccomp === null)('source-stale on ../shared/corpus/seccomp', { timeout: 600_000 }, () => {
  it('matches the CRLF form, never the raw one, and reports the hashes of other source versions', async () => {
    const { source, checked, files } = corpusRepositories(seccomp!, ['es-ES', 'fr-FR', 'ko-KR', 'zh-TW']);
    // 14 articles per locale (96 in zh-TW) were translated from another version of the source than the corpus's en-US.
    const forms = await matchedForms(source, checked, files);
    expect(forms.counts).toEqual({ raw: 0, crlf: 1710, neither: 138, 'no-source': 0 });
    const { findings } = await lintFiles(files, { cwd: checked, rules: [sourceStale], sourceRepository: source });
    expect(findings.map((f) => f.file)).toEqual(forms.neither.sort());
    expect(findings.every((f) => f.message.startsWith('ms.openlocfilehash') && f.message.includes('with CRLF line endings'))).toBe(true);
  });
});
