import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesLinkingTo } from '../src/changes/dependents.js';
import { lintFiles } from '../src/engine/engine.js';
import { runPipeline, type LintOptions } from '../src/engine/pipeline.js';
import { boundaryOf, DEFAULT_MAX_FILE_BYTES, OUTSIDE_TREE, TreeReader } from '../src/engine/read.js';
import { END_TO_END } from './action-harness.js';
import { tree } from './helpers.js';

/** A file no check may read: every shape of it shows its secret in findings when it is read. */
const SECRET = 'secret-7e1f';
const secretArticle = [
  '---',
  `title: ${SECRET}`,
  'ms.contentlocale: zh-CN',
  '---',
  `# <span data-ttu-id="${SECRET}-101">机密</span>`,
  '',
  `[link](https://example.com/${SECRET}) <span data-ttu-id="${SECRET}-102">x</span>`,
  '',
].join('\n');

/** A translation with one finding of its own, so that a checked file shows as checked. */
const article = '---\ntitle: A\nms.contentlocale: zh-CN\n---\n# <span data-ttu-id="581fd-101"></span><span class="sxs-lookup"><span data-stu-id="581fd-101">Title</span></span>\n';

const lint = (options: LintOptions) => runPipeline(options, {});
const leaks = (findings: readonly { message: string; file: string }[]) => findings.filter((f) => `${f.file} ${f.message}`.includes(SECRET));

/** A checkout beside a folder outside it that holds the secret. */
function checkout(): { repo: string; outside: string } {
  const root = tree({ 'outside/secret.md': secretArticle, 'outside/zh-CN/a.md': secretArticle, 'repo/zh-CN/a.md': article });
  return { repo: join(root, 'repo'), outside: join(root, 'outside') };
}

describe('the checked tree is the boundary', () => {
  it('does not read a file through a link that leads outside it, and says so on the link', async () => {
    const { repo, outside } = checkout();
    symlinkSync(join(outside, 'secret.md'), join(repo, 'zh-CN', 'leak.md'));
    const { findings } = await lint({ cwd: repo });
    expect(leaks(findings)).toEqual([]);
    expect(findings.filter((f) => f.file === 'zh-CN/leak.md').map((f) => [f.rule, f.message])).toEqual([['file-unreadable', OUTSIDE_TREE]]);
    // The rest is still checked.
    expect(findings.some((f) => f.file === 'zh-CN/a.md' && f.rule === 'segment-empty')).toBe(true);
  });

  it('refuses a relative ../ link and a file named outright through a link, as the action names changed files', async () => {
    const { repo } = checkout();
    symlinkSync('../../outside/secret.md', join(repo, 'zh-CN', 'up.md'));
    const named = await lint({ cwd: repo, paths: ['zh-CN/up.md'] });
    expect(named.findings.map((f) => [f.file, f.rule, f.message])).toEqual([['zh-CN/up.md', 'file-unreadable', OUTSIDE_TREE]]);
    const engine = await lintFiles([join(repo, 'zh-CN', 'up.md')], { cwd: repo });
    expect(leaks(engine.findings)).toEqual([]);
    expect(engine.findings.map((f) => f.rule)).toEqual(['file-unreadable']);
  });

  it('does not walk a folder link that leads outside it: one finding on the link', async () => {
    const { repo, outside } = checkout();
    symlinkSync(outside, join(repo, 'elsewhere'));
    const { findings } = await lint({ cwd: repo });
    expect(leaks(findings)).toEqual([]);
    expect(findings.filter((f) => f.file.startsWith('elsewhere')).map((f) => [f.file, f.message])).toEqual([['elsewhere', OUTSIDE_TREE]]);
  });

  it('asks again in each run where a folder leads: it may have become a link since', async () => {
    const { repo, outside } = checkout();
    const file = join(repo, 'zh-CN', 'a.md');
    expect((await lintFiles([file], { cwd: repo })).findings.some((f) => f.rule === 'segment-empty')).toBe(true);
    renameSync(join(repo, 'zh-CN'), join(repo, 'was-zh-CN'));
    symlinkSync(join(outside, 'zh-CN'), join(repo, 'zh-CN'));
    const again = await lintFiles([file], { cwd: repo });
    expect(leaks(again.findings)).toEqual([]);
    expect(again.findings.map((f) => [f.rule, f.message])).toEqual([['file-unreadable', OUTSIDE_TREE]]);
  });

  it('follows links inside the tree', async () => {
    const { repo } = checkout();
    mkdirSync(join(repo, 'shared'));
    writeFileSync(join(repo, 'shared', 'b.md'), article);
    symlinkSync('../shared/b.md', join(repo, 'zh-CN', 'b.md'));
    const { findings } = await lint({ cwd: repo, paths: ['zh-CN'] });
    const rulesOf = (file: string) => findings.filter((f) => f.file === file).map((f) => f.rule);
    expect(rulesOf('zh-CN/b.md')).toEqual(rulesOf('zh-CN/a.md'));
    expect(rulesOf('zh-CN/b.md')).toContain('segment-empty');
  });

  it('reports a link loop, given as a path or met in a folder, and goes on', { timeout: 60_000 }, async () => {
    const { repo } = checkout();
    symlinkSync('loop-b.md', join(repo, 'zh-CN', 'loop-a.md'));
    symlinkSync('loop-a.md', join(repo, 'zh-CN', 'loop-b.md'));
    symlinkSync('.', join(repo, 'zh-CN', 'self'));
    const walked = await lint({ cwd: repo });
    expect(walked.findings.filter((f) => f.file.includes('loop')).map((f) => f.rule)).toEqual(['file-unreadable', 'file-unreadable']);
    expect(walked.findings.some((f) => f.file === 'zh-CN/a.md')).toBe(true);
    const named = await lint({ cwd: repo, paths: ['zh-CN/loop-a.md', 'zh-CN/a.md'] });
    expect(named.findings.map((f) => [f.file, f.rule])).toContainEqual(['zh-CN/loop-a.md', 'file-unreadable']);
  });

  it("is not widened by the checked repository's own configuration, only by the caller", async () => {
    const { repo, outside } = checkout();
    // One locale per checkout: a file's siblings are the same path in each locale root.
    mkdirSync(join(repo, 'articles'));
    mkdirSync(join(outside, 'articles'));
    writeFileSync(join(repo, 'articles', 'a.md'), article.replace('zh-CN', 'de-DE'));
    writeFileSync(join(outside, 'articles', 'a.md'), secretArticle);
    writeFileSync(join(repo, '.loclint.yml'), `locale-roots: [${JSON.stringify(outside)}]\n`);
    const configured = await lint({ cwd: repo });
    expect(leaks(configured.findings)).toEqual([]);
    writeFileSync(join(repo, '.loclint.yml'), '');
    const given = await lint({ cwd: repo, localeRoots: [outside] });
    expect(leaks(given.findings).length).toBeGreaterThan(0);
  });

  it('reads files that link to a removed one through the same reader: no link out of the tree is followed, no FIFO waited on', async () => {
    const { repo, outside } = checkout();
    writeFileSync(join(outside, 'linker.md'), '[gone](../repo/zh-CN/gone.md)\n');
    writeFileSync(join(repo, 'zh-CN', 'inside.md'), '[gone](gone.md)\n');
    symlinkSync(join(outside, 'linker.md'), join(repo, 'zh-CN', 'linker.md'));
    // Read as a file, a FIFO no one writes to blocks until the test times out.
    execFileSync('mkfifo', [join(repo, 'zh-CN', 'pipe.md')]);
    const candidates = ['inside.md', 'linker.md', 'pipe.md'].map((name) => join(repo, 'zh-CN', name));
    const reader = new TreeReader(DEFAULT_MAX_FILE_BYTES, boundaryOf(repo, []));
    // Not a git repository: every candidate is read, through the reader.
    expect(await filesLinkingTo(['zh-CN/gone.md'], repo, { selected: () => true, everyFile: () => candidates, reader })).toEqual([join(repo, 'zh-CN', 'inside.md')]);
  });
});

describe('problems met while finding files pass the configuration', () => {
  it('drops a broken link when file-unreadable is off, and fingerprints it when it is on', async () => {
    const { repo } = checkout();
    symlinkSync(join(repo, 'nowhere'), join(repo, 'zh-CN', 'broken'));
    mkdirSync(join(repo, 'zh-CN', 'closed'));
    symlinkSync(join(repo, 'nowhere-else'), join(repo, 'zh-CN', 'closed', 'broken.md'));
    const on = await lint({ cwd: repo });
    const broken = on.findings.filter((f) => f.rule === 'file-unreadable');
    expect(broken.length).toBeGreaterThan(0);
    for (const f of broken) expect(f.fingerprint).toMatch(/\S/);
    writeFileSync(join(repo, '.loclint.yml'), 'rules: { file-unreadable: off }\n');
    expect((await lint({ cwd: repo })).findings.filter((f) => f.rule === 'file-unreadable')).toEqual([]);
  });
});

describe('the bundled CLI on a tree with a link leading out', END_TO_END, () => {
  it('reports the link and never prints what lies behind it', async () => {
    const { repo, outside } = checkout();
    symlinkSync(join(outside, 'secret.md'), join(repo, 'zh-CN', 'leak.md'));
    const bin = join(import.meta.dirname, '..', 'bin', 'loclint.js');
    const out = await new Promise<string>((done) =>
      execFile(process.execPath, [bin, '--format', 'json', '.'], { cwd: repo, timeout: END_TO_END.timeout }, (_, stdout, stderr) => done(stdout + stderr)),
    );
    expect(out).not.toContain(SECRET);
    expect(JSON.parse(out).findings.map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`)).toContain('zh-CN/leak.md file-unreadable');
  });
});
