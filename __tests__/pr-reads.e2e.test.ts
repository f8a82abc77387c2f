import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { END_TO_END, FakeGitHub, pullRequestRepo, runAction, type PullRequestRepo } from './action-harness.js';
import { articlesDir, edit, fixturesDir } from './helpers.js';

/** Records every path the action opens (see the script). */
const preload = join(fixturesDir, 'preload', 'record-reads.cjs');

/** Every fixture article, under docs/ as in a localized repository: 33 files in six locales. */
function fixtureTree(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[join('docs', relative(articlesDir, path)).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(articlesDir);
  return files;
}

/** Runs the bundled action on the pull request; resolves to its run and the Markdown files it read (workspace-relative). */
async function markdownReads(repo: PullRequestRepo, eventName = 'pull_request') {
  const readLog = join(mkdtempSync(join(tmpdir(), 'loclint-reads-')), 'reads');
  const run = await runAction(repo, api, {}, eventName === 'pull_request' ? null : {}, eventName, {
    NODE_OPTIONS: `--require ${JSON.stringify(preload)}`,
    LOCLINT_READ_LOG: readLog,
    // One thread: the preload records the main thread's reads.
    LOCLINT_THREADS: '1',
  });
  let lines: string[] = [];
  try {
    lines = readFileSync(readLog, 'utf8').split('\n');
  } catch {
    // No file was read.
  }
  const reads = new Set(lines.filter((p) => p.startsWith(repo.workspace + sep) && p.endsWith('.md')).map((p) => relative(repo.workspace, p).split(sep).join('/')));
  return { run, reads: [...reads].sort() };
}

const tree = fixtureTree();
const changed = 'docs/zh-CN/Boards/archive-a-board.md';
const article = ['de-DE', 'en-US', 'ja-JP', 'zh-CN'].map((locale) => `docs/${locale}/Boards/archive-a-board.md`);
let api: FakeGitHub;

beforeAll(async () => {
  api = await new FakeGitHub().start();
});
afterAll(async () => api?.stop());

describe('what the bundled action reads on a pull request', END_TO_END, () => {
  it('the record sees the reads: a run that checks every file reads every Markdown file', async () => {
    // Without this, an empty record would pass the tests below whatever the action read.
    const repo = pullRequestRepo(tree, {});
    const { run, reads } = await markdownReads(repo, 'workflow_dispatch');
    const markdown = Object.keys(tree).filter((p) => p.endsWith('.md')).sort();
    expect(run.outputs['files-checked']).toBe(String(markdown.length));
    expect(reads).toEqual(markdown);
  });

  it('with no file removed, reads the changed article (its locales and its source) and no other Markdown file', async () => {
    expect(Object.keys(tree).filter((p) => p.endsWith('.md')).length).toBeGreaterThan(20);
    const repo = pullRequestRepo(tree, { [changed]: edit(tree[changed]!, '归档看板会保留', '归档看板将保留') });
    const { run, reads } = await markdownReads(repo);
    expect(run.outputs['files-checked']).toBe('1');
    expect(reads).toContain(changed);
    expect(reads).toContain('docs/en-US/Boards/archive-a-board.md');
    expect(reads.filter((p) => !article.includes(p))).toEqual([]);
  });

  it('with a linked file deleted, also re-checks the file that links to it, reading no unrelated file', async () => {
    // ru-RU's board-markup.md links to set-up-a-board.md, which the pull request deletes.
    const linked = 'docs/ru-RU/Boards/set-up-a-board.md';
    const repo = pullRequestRepo({ ...tree, [linked]: '# Настройка доски\n' }, { [linked]: null });
    const { run, reads } = await markdownReads(repo);
    expect(reads).toEqual(['docs/ru-RU/Boards/board-markup.md']);
    const annotations = api.checkRunRequests().at(-1)!.body.output.annotations;
    expect(annotations.map((a: { path: string; title: string }) => `${a.path} ${a.title}`)).toEqual(['docs/ru-RU/Boards/board-markup.md relative-link-missing']);
    expect(run.code).toBe(1);
  });
});
