import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverConfig } from '../src/config/config.js';
import { runPipeline, UsageError, type LintOptions } from '../src/engine/pipeline.js';
import { tree } from './helpers.js';

/** Front matter that does not parse: one front-matter-parse finding in any file. */
const BROKEN = '---\ntitle: [a\n---\n# A\n';

const gitRepo = (files: Record<string, string>) => {
  const root = tree(files);
  execFileSync('git', ['init', '-q'], { cwd: root });
  return root;
};

const lint = (options: LintOptions) => runPipeline(options, {});
const checked = async (options: LintOptions) => [...new Set((await lint(options)).findings.map((f) => f.file))].sort();
const severities = async (options: LintOptions) => (await lint(options)).findings.map((f) => `${f.file} ${f.severity}`);

describe('configuration discovery', () => {
  it('finds .loclint.yaml as well as .loclint.yml', async () => {
    const root = gitRepo({ '.loclint.yaml': 'rules: { front-matter-parse: warning }\n', 'a.md': BROKEN });
    expect(await severities({ cwd: root })).toEqual(['a.md warning']);
  });

  it('walks up from a subfolder to the repository root, the nearest file first, and no further', async () => {
    const outer = tree({ '.loclint.yml': 'rules: { front-matter-parse: off }\n' });
    const root = join(outer, 'repo');
    mkdirSync(join(root, 'docs', 'deep'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: root });
    writeFileSync(join(root, 'docs', 'deep', 'a.md'), BROKEN);
    // Above the repository: not this repository's configuration.
    expect(await severities({ cwd: join(root, 'docs', 'deep') })).toEqual(['a.md error']);
    writeFileSync(join(root, '.loclint.yml'), 'rules: { front-matter-parse: warning }\n');
    expect(discoverConfig(join(root, 'docs', 'deep'))).toBe(join(root, '.loclint.yml'));
    expect(await severities({ cwd: join(root, 'docs', 'deep') })).toEqual(['a.md warning']);
    writeFileSync(join(root, 'docs', '.loclint.yaml'), 'rules: { front-matter-parse: info }\n');
    expect(await severities({ cwd: join(root, 'docs', 'deep') })).toEqual(['a.md info']);
  });

  it('matches a discovered file\'s globs from its own folder, as markdownlint-cli2 does', async () => {
    const root = gitRepo({
      '.loclint.yml': "ignore: ['docs/drafts/**']\noverrides:\n  - files: ['docs/includes/**']\n    rules: { front-matter-parse: warning }\n",
      'docs/a.md': BROKEN,
      'docs/drafts/b.md': BROKEN,
      'docs/includes/c.md': BROKEN,
    });
    const expected = ['a.md error', 'includes/c.md warning'];
    expect(await severities({ cwd: join(root, 'docs') })).toEqual(expected);
    expect((await severities({ cwd: root })).map((line) => line.replace(/^docs\//, ''))).toEqual(expected);
  });

  it('does not follow a configuration that is a symbolic link', () => {
    const elsewhere = tree({ 'x.yml': 'rules: { front-matter-parse: off }\n' });
    const root = gitRepo({ 'a.md': BROKEN });
    symlinkSync(join(elsewhere, 'x.yml'), join(root, '.loclint.yml'));
    expect(discoverConfig(root)).toBeNull();
  });
});

describe('which files a run checks', () => {
  const files = {
    'keep.md': BROKEN,
    'build/out.md': BROKEN,
    'docs/a.md': BROKEN,
    'docs/draft.md': BROKEN,
    'docs/draft-kept.md': BROKEN,
    'docs/includes/inc.md': BROKEN,
  };

  it('leaves out what .gitignore files name (nested ones too, negations included) and what `ignore:` names', async () => {
    const root = gitRepo({
      ...files,
      '.gitignore': 'build/\n',
      'docs/.gitignore': 'draft*.md\n!draft-kept.md\n',
      '.loclint.yml': "ignore: ['**/includes/**']\n",
    });
    expect(await checked({ cwd: root })).toEqual(['docs/a.md', 'docs/draft-kept.md', 'keep.md']);
    // From a subfolder, the root's .gitignore still applies.
    expect(await checked({ cwd: join(root, 'docs'), paths: ['..'] })).toEqual(['../keep.md', 'a.md', 'draft-kept.md']);
  });

  it('expands globs (and they pass .gitignore too), while a file named outright is checked', async () => {
    const root = gitRepo({ ...files, '.gitignore': 'build/\n' });
    expect(await checked({ cwd: root, paths: ['docs/**/*.md'] })).toEqual(['docs/a.md', 'docs/draft-kept.md', 'docs/draft.md', 'docs/includes/inc.md']);
    // Every match ignored is no match, as in ESLint.
    await expect(lint({ cwd: root, paths: ['**/out.md'] })).rejects.toThrow(UsageError);
    expect(await checked({ cwd: root, paths: ['build/out.md'] })).toEqual(['build/out.md']);
  });

  it('makes a path that names nothing, or a glob that matches nothing, a usage error', async () => {
    const root = gitRepo(files);
    await expect(lint({ cwd: root, paths: ['keep.md', 'missing.md'] })).rejects.toThrow(new UsageError('no such file or folder, and no file matches: "missing.md"'));
    await expect(lint({ cwd: root, paths: ['nothing/**/*.md'] })).rejects.toThrow(UsageError);
  });

  it('without a change set (the action), walks the workspace for its globs as the CLI walks `.`', async () => {
    const root = gitRepo({ '.gitignore': 'docs/build/\n', '.loclint.yml': 'ignore: [docs/old/**]\n', 'docs/a.md': BROKEN, 'docs/build/b.md': BROKEN, 'docs/old/c.md': BROKEN, 'other/d.md': BROKEN });
    symlinkSync('nowhere.md', join(root, 'docs', 'gone.md'));
    symlinkSync('nowhere.md', join(root, 'other', 'gone.md'));
    const result = await runPipeline({ cwd: root, paths: ['docs/**/*.md'], change: { changes: null, onlyChangedLines: false } }, {});
    expect(result.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['docs/a.md front-matter-parse', 'docs/gone.md file-unreadable']);
    expect(result.filesChecked).toBe(1);
  });

  it('checks given text as the file it names, with that file’s siblings', async () => {
    const root = gitRepo({ 'en-US/a.md': '# A\n', 'zh-CN/a.md': '# A\n' });
    const result = await lint({ cwd: root, text: { path: 'zh-CN/a.md', text: BROKEN } });
    expect(result.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['zh-CN/a.md front-matter-parse']);
    expect(result.filesChecked).toBe(1);
  });
});
