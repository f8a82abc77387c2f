import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { END_TO_END, FakeGitHub, pullRequestRepo, runAction } from './action-harness.js';
import { articlesDir, articleText, edit } from './helpers.js';

const zh = articleText('zh-CN/Boards/archive-a-board.md');
const ja = articleText('ja-JP/Boards/archive-a-board.md');
const base = { 'docs/zh-CN/archive-a-board.md': zh, 'docs/ja-JP/archive-a-board.md': ja, 'README.md': '# Docs\n' };
let api: FakeGitHub;

afterEach(async () => api?.stop());

/** A unit whose id is malformed: one segment-id-format error each. */
const brokenUnits = (n: number) =>
  Array.from({ length: n }, (_, i) => `<span data-ttu-id="bad-${i}">文</span><span class="sxs-lookup"><span data-stu-id="bad-${i}">Text</span></span>`).join('\n\n');

describe('the bundled action on a pull_request', END_TO_END, () => {
  it('passes a clean pull request and creates a completed, successful check run on the head commit', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo(base, { 'docs/zh-CN/archive-a-board.md': edit(zh, '归档看板会保留', '归档看板将保留') });
    const run = await runAction(repo, api);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', 'files-checked': '1' });
    // Its annotations fit one request: the check run is created completed, in one write.
    const requests = api.checkRunRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toMatchObject({ name: 'loclint', head_sha: repo.head, status: 'completed', conclusion: 'success' });
    expect(run.summary).toContain('1 file checked: 0 errors, 0 warnings, 0 info');
  });

  it('sends every one of more than 60 errors to one check run, at most 50 per request, and fails', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo(base, { 'docs/zh-CN/new.md': `# 新\n\n${brokenUnits(65)}\n` });
    const run = await runAction(repo, api);
    expect(run.code).toBe(1);
    const errors = Number(run.outputs.errors);
    expect(errors).toBeGreaterThan(60);
    const requests = api.checkRunRequests();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(requests[0]!.body.head_sha).toBe(repo.head);
    const perRequest = requests.map((r) => r.body.output.annotations.length);
    expect(Math.max(...perRequest)).toBeLessThanOrEqual(50);
    expect(perRequest.reduce((a, b) => a + b, 0)).toBe(errors);
    expect(requests.at(-1)!.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    // Workflow-command annotations carry them too.
    expect(run.stdout.match(/^::error /gm)!.length).toBe(errors);
  });

  it('on a read-only token (403) warns once and keeps annotations, summary, SARIF and the verdict', async () => {
    api = await new FakeGitHub().start();
    api.on(/^POST .*\/check-runs$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const repo = pullRequestRepo(base, { 'docs/zh-CN/new.md': `# 新\n\n${brokenUnits(3)}\n` });
    const run = await runAction(repo, api, { 'sarif-file': 'loclint.sarif' });
    expect(run.code).toBe(1);
    expect(run.stdout.match(/^::warning::Could not publish the check run \(403/gm)).toHaveLength(1);
    expect(run.stdout.match(/^::error title=loclint segment-id-format,file=docs\/zh-CN\/new\.md,/gm)).toHaveLength(3);
    expect(run.summary).toContain('3 errors');
    const sarif = JSON.parse(readFileSync(join(repo.workspace, 'loclint.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(3);
    expect(run.outputs['sarif-file']).toBe(join(repo.workspace, 'loclint.sarif'));
  });

  it('retries a 500 from the API', async () => {
    api = await new FakeGitHub().start();
    api.on(/^POST .*\/check-runs$/, (_r, count) => (count === 1 ? { status: 500, body: { message: 'boom' } } : { status: 201, body: { id: 42 } }));
    const repo = pullRequestRepo(base, { 'docs/zh-CN/archive-a-board.md': edit(zh, '归档看板会保留', '归档看板将保留') });
    const run = await runAction(repo, api);
    expect(run.code).toBe(0);
    expect(api.checkRunRequests().filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('diffs a shallow clone by fetching the base from origin', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo(base, { 'docs/zh-CN/new.md': `# 新\n\n${brokenUnits(1)}\n` }, { shallow: true });
    const run = await runAction(repo, api);
    expect(run.stdout).toContain('Fetching 1 missing commit(s) from origin');
    expect(run.outputs['files-checked']).toBe('1');
    expect(run.outputs.errors).toBe('1');
    expect(api.requests.filter((r) => r.path.includes('/pulls/'))).toEqual([]);
  });

  it('checks files whose names hold spaces, quotes and non-ASCII, and names them exactly', async () => {
    api = await new FakeGitHub().start();
    const name = 'docs/zh-CN/a b "q" 组;$(x).md';
    const repo = pullRequestRepo(base, { [name]: `# 新\n\n${brokenUnits(1)}\n` });
    const run = await runAction(repo, api);
    expect(run.outputs['files-checked']).toBe('1');
    expect(api.checkRunRequests()[0]!.body.output.annotations[0].path).toBe(name);
  });

  it('re-checks a file whose link a deleted file broke, and only for that link', async () => {
    api = await new FakeGitHub().start();
    const linking = edit(zh, '归档看板会保留', '[另见](other.md)归档看板会保留');
    const repo = pullRequestRepo(
      { ...base, 'docs/zh-CN/archive-a-board.md': linking, 'docs/zh-CN/other.md': '# Other\n', 'docs/ja-JP/other.md': '# Other\n' },
      { 'docs/zh-CN/other.md': null },
    );
    const run = await runAction(repo, api);
    const annotations = api.checkRunRequests()[0]!.body.output.annotations;
    expect(annotations.map((a: { path: string; title: string }) => `${a.path} ${a.title}`)).toEqual(['docs/zh-CN/archive-a-board.md relative-link-missing']);
    expect(run.code).toBe(1);
  });

  it('falls back to the pulls API when git cannot diff, and says so', async () => {
    api = await new FakeGitHub().start();
    api.on(/^GET .*\/pulls\/7\/files$/, () => ({
      status: 200,
      body: [{ filename: 'docs/zh-CN/new.md', status: 'added', patch: '@@ -0,0 +1,3 @@\n+# 新\n+\n+x' }],
    }));
    const repo = pullRequestRepo(base, { 'docs/zh-CN/new.md': `# 新\n\n${brokenUnits(2)}\n` });
    const event = { pull_request: { number: 7, base: { sha: '1'.repeat(40) }, head: { sha: repo.head } } };
    const run = await runAction(repo, api, {}, event);
    expect(run.stdout).toContain('listing its files through the API');
    expect(run.outputs['files-checked']).toBe('1');
    expect(run.outputs.errors).toBe('2');
  });

  it('with only-changed-lines, reports what the pull request changed and not the old debt', async () => {
    api = await new FakeGitHub().start();
    const oldDebt = edit(zh, 'ms.locfileid: "61472083"', 'ms.locfileid: 61472083');
    const repo = pullRequestRepo({ ...base, 'docs/zh-CN/archive-a-board.md': oldDebt }, { 'docs/zh-CN/archive-a-board.md': oldDebt.replaceAll('7c2e4-107', '7c2e4-17') });
    const all = await runAction(repo, api);
    expect(all.outputs.errors).toBe('2');
    const changed = await runAction(repo, api, { 'only-changed-lines': 'true' });
    expect(changed.outputs.errors).toBe('1');
    expect(changed.stdout).toMatch(/^::error title=loclint segment-id-format,file=docs\/zh-CN\/archive-a-board\.md,line=27,/m);
  });

  it('on push, checks the files between before and after', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo(base, { 'docs/zh-CN/new.md': `# 新\n\n${brokenUnits(2)}\n` });
    const run = await runAction(repo, api, { 'check-run': 'false' }, { before: repo.base, after: repo.head }, 'push');
    expect(run.outputs['files-checked']).toBe('1');
    expect(run.outputs.errors).toBe('2');
    expect(api.checkRunRequests()).toEqual([]);
  });

  it('shares a large push among worker threads (LOCLINT_THREADS) and reports exactly what one thread does', async () => {
    api = await new FakeGitHub().start();
    // The test articles in 100 folders: enough files for a second thread.
    const pushed: Record<string, string> = {};
    for (const path of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md'))) {
      const text = readFileSync(join(articlesDir, path), 'utf8');
      for (let i = 0; i < 100; i++) pushed[`docs/set-${i}/${path}`] = text;
    }
    const repo = pullRequestRepo({ 'README.md': '# Docs\n' }, pushed);
    const push = { before: repo.base, after: repo.head };
    const one = await runAction(repo, api, { 'check-run': 'false' }, push, 'push', { LOCLINT_THREADS: '1' });
    const two = await runAction(repo, api, { 'check-run': 'false' }, push, 'push', { LOCLINT_THREADS: '2' });
    const files = Object.keys(pushed).length;
    expect(one.stdout).toContain(`Checked ${files} file(s) on 1 thread(s)`);
    expect(two.stdout).toContain(`Checked ${files} file(s) on 2 thread(s)`);
    const annotations = (run: { stdout: string }) => run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(annotations(one).length).toBeGreaterThan(100);
    expect(annotations(two)).toEqual(annotations(one));
    expect(two.outputs).toEqual(one.outputs);
  });
});

describe('the bundled action with no change to check (workflow_dispatch)', END_TO_END, () => {
  it('finds files as the CLI does: .gitignore honoured, a broken symbolic link one file-unreadable finding', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo({ ...base, '.gitignore': 'docs/build/\n' }, {});
    // A generated file the repository ignores (its broken unit would be two findings), and a link to nothing.
    mkdirSync(join(repo.workspace, 'docs', 'build'));
    writeFileSync(join(repo.workspace, 'docs', 'build', 'out.md'), `# 新\n\n${brokenUnits(2)}\n`);
    symlinkSync('nowhere.md', join(repo.workspace, 'docs', 'zh-CN', 'gone.md'));
    const run = await runAction(repo, api, { 'check-run': 'false' }, {}, 'workflow_dispatch');
    const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(annotations).toEqual(['::error title=loclint file-unreadable,file=docs/zh-CN/gone.md,line=1,endLine=1,col=1,endColumn=1::Symbolic link cannot be followed (broken or a loop)']);
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '0', 'files-checked': '3' });
    // The CLI over the same tree: the same one finding, the same files.
    const cli = JSON.parse(runCli(repo.workspace, '--format', 'json', '.')) as { files: number; findings: { file: string; rule: string; message: string }[] };
    expect(cli.findings.map((f) => [f.file, f.rule, f.message])).toEqual([['docs/zh-CN/gone.md', 'file-unreadable', 'Symbolic link cannot be followed (broken or a loop)']]);
    expect(cli.files).toBe(3);
  });
});

/** The built CLI's standard output in `cwd` (it exits 1 on findings). */
function runCli(cwd: string, ...args: string[]): string {
  try {
    return execFileSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'loclint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}
