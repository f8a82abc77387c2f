import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { END_TO_END, FakeGitHub, printerArticle, pullRequestRepo, readOutputs, runAction, type RecordedRequest } from './action-harness.js';

// A GitHub that misbehaves on purpose: the action must keep every report and complete what it can.

/** The article clean under every rule, with unit 102's translation `text`. */
const article = (text: string) =>
  printerArticle(`<span data-ttu-id="7a1b2-102">${text}</span><span class="sxs-lookup"><span data-stu-id="7a1b2-102">Open Settings, then select Printers.</span></span>`);
// Four Markdown files once a pull request adds one.
const base = { 'docs/zh-CN/printer.md': article('打开设置，然后选择打印机。'), 'docs/zh-CN/other.md': article('打开设置。'), 'README.md': '# Docs\n' };
const clean = { 'docs/zh-CN/printer.md': article('请打开设置，然后选择打印机。') };
let api: FakeGitHub;

afterEach(async () => api?.stop());

/** Units whose ids are malformed: one segment-id-format error each. */
const brokenUnits = (n: number) =>
  Array.from({ length: n }, (_, i) => `<span data-ttu-id="bad-${i}">文</span><span class="sxs-lookup"><span data-stu-id="bad-${i}">Text</span></span>`).join('\n\n');
const broken = (n: number) => ({ 'docs/zh-CN/new.md': `# 新\n\n${brokenUnits(n)}\n` });
const warnings = (stdout: string, pattern: RegExp) => stdout.split('\n').filter((line) => line.startsWith('::warning') && pattern.test(line));
/** A short deadline per API request, so that a test of a silent API takes seconds. */
const quickApi = { LOCLINT_API_TIMEOUT_MS: '1000' };

describe('the bundled action when GitHub misbehaves', END_TO_END, () => {
  it('writes SARIF, the summary and the outputs before asking the API, which never answers; each request has its own deadline', async () => {
    api = await new FakeGitHub().start();
    let seen: { outputs: Record<string, string>; summary: string; sarif: boolean } | null = null;
    const repo = pullRequestRepo(base, broken(3));
    api.on(/^POST .*\/check-runs$/, () => {
      seen ??= { outputs: readOutputs(api.runnerFiles!.output), summary: readFileSync(api.runnerFiles!.summary, 'utf8'), sarif: existsSync(join(repo.workspace, 'loclint.sarif')) };
      return null;
    });
    const run = await runAction(repo, api, { 'sarif-file': 'loclint.sarif' }, null, 'pull_request', quickApi);
    expect(seen).toMatchObject({ outputs: { errors: '3', 'files-checked': '1', 'sarif-file': join(repo.workspace, 'loclint.sarif') }, sarif: true });
    expect(seen!.summary).toContain('3 errors');
    expect(run.code).toBe(1);
    // One request and two retries, each abandoned at its deadline; then one warning.
    expect(api.checkRunRequests()).toHaveLength(3);
    expect(warnings(run.stdout, /Could not publish the check run/)).toHaveLength(1);
    expect(run.stdout.match(/^::error title=loclint segment-id-format/gm)).toHaveLength(3);
  });

  it('does not sit out a rate limit of an hour: one warning, and the annotations carry the findings', async () => {
    api = await new FakeGitHub().start();
    api.on(/^POST .*\/check-runs$/, () => ({ status: 429, body: { message: 'You have exceeded a secondary rate limit.' }, headers: { 'retry-after': '3600' } }));
    const repo = pullRequestRepo(base, broken(2));
    const run = await runAction(repo, api);
    expect(run.code).toBe(1);
    expect(api.checkRunRequests()).toHaveLength(1);
    expect(warnings(run.stdout, /./)).toEqual([expect.stringContaining("GitHub's rate limit asks to wait 3600 s, longer than the 60 s loclint waits")]);
    expect(run.stdout.match(/^::error title=loclint segment-id-format/gm)).toHaveLength(2);
    expect(run.outputs.errors).toBe('2');
  });

  it('stops at a 201 whose body is not JSON, sending nothing to a check run without an id', async () => {
    api = await new FakeGitHub().start();
    api.on(/^POST .*\/check-runs$/, () => ({ status: 201, raw: '<html>created</html>' }));
    const repo = pullRequestRepo(base, clean);
    const run = await runAction(repo, api);
    expect(run.code).toBe(0);
    expect(api.checkRunRequests().map((r: RecordedRequest) => `${r.method} ${r.path}`)).toEqual(['POST /repos/octo/docs/check-runs']);
    expect(warnings(run.stdout, /./)).toEqual([expect.stringContaining('without a check run id')]);
    expect(run.outputs).toMatchObject({ errors: '0', 'files-checked': '1' });
  });

  it('completes the check run with the findings\' conclusion when a batch of annotations fails, and says how many were not sent', async () => {
    api = await new FakeGitHub().start();
    api.on(/^PATCH .*\/check-runs\/\d+$/, (request) => (request.body.output.annotations.length > 0 ? { status: 500, body: { message: 'boom' } } : { status: 200, body: { id: 42 } }));
    const repo = pullRequestRepo(base, broken(65));
    const run = await runAction(repo, api);
    expect(run.code).toBe(1);
    const last = api.checkRunRequests().at(-1)!;
    expect(last.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(last.body.output.summary).toContain('15 of 65 annotations could not be sent to the check run');
    expect(run.summary).toContain('15 annotations could not be sent to the check run');
    expect(warnings(run.stdout, /./)).toEqual([expect.stringContaining('15 of 65 annotations could not be sent to the check run')]);
  });

  it('checks every file when git cannot diff and the files API answers 403', async () => {
    api = await new FakeGitHub().start();
    api.on(/^GET .*\/pulls\/7\/files$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const repo = pullRequestRepo(base, broken(2));
    const event = { pull_request: { number: 7, base: { sha: '1'.repeat(40) }, head: { sha: repo.head } } };
    const run = await runAction(repo, api, {}, event);
    expect(warnings(run.stdout, /Could not list the pull request's files through the API \(403: Resource not accessible/)).toHaveLength(1);
    expect(run.outputs).toMatchObject({ 'files-checked': '4', errors: '2' });
    expect(run.summary).toContain('every file under `paths` was checked');
    expect(run.code).toBe(1);
  });

  it('checks every file, with one warning, when the event file is not a JSON object or not JSON', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo(base, broken(1));
    for (const [text, problem] of [
      ['null', 'holds no JSON object'],
      ['{"pull_request": ', 'is not JSON'],
    ]) {
      const run = await runAction(repo, api, { 'check-run': 'false' }, text);
      expect(warnings(run.stdout, /GITHUB_EVENT_PATH/)).toEqual([`::warning::The event file (GITHUB_EVENT_PATH) ${problem}: every file under \`paths\` is checked.`]);
      expect(run.outputs).toMatchObject({ 'files-checked': '4', errors: '1' });
      expect(run.code).toBe(1);
    }
  });

  it('passes a clean pull request with one warning each when the summary file is missing and the output file cannot be written', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo(base, clean);
    const nowhere = join(mkdtempSync(join(tmpdir(), 'loclint-gone-')), 'no-such-dir', 'output');
    const run = await runAction(repo, api, {}, null, 'pull_request', { GITHUB_STEP_SUMMARY: '', GITHUB_OUTPUT: nowhere });
    expect(run.code).toBe(0);
    expect(warnings(run.stdout, /./).map((w) => w.replace(/\): .*$/, ')')).sort()).toEqual([
      '::warning::Could not write the job summary (GITHUB_STEP_SUMMARY)',
      '::warning::Could not write the step outputs (GITHUB_OUTPUT)',
    ]);
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(api.checkRunRequests().at(-1)!.body).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('gives git no pull request SHA that is not 40 hex digits', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo(base, broken(1), { shallow: true });
    const marker = join(mkdtempSync(join(tmpdir(), 'loclint-marker-')), 'ran');
    const event = { pull_request: { number: 7, base: { sha: repo.base }, head: { sha: `--upload-pack=touch ${marker}` } } };
    const run = await runAction(repo, api, {}, event);
    expect(existsSync(marker)).toBe(false);
    expect(warnings(run.stdout, /not a 40-hex commit id/)).toHaveLength(1);
    expect(run.outputs['files-checked']).toBe('4');
    // The check run goes on GITHUB_SHA rather than the malformed head.
    expect(api.checkRunRequests()[0]!.body.head_sha).toBe('f'.repeat(40));
  });
});
