import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub, pullRequestRepo, runAction } from './action-harness.js';
import { article } from './report-fixture.js';

let api: FakeGitHub;
afterEach(async () => api?.stop());

describe('the bundled action’s readable reports', () => {
  it('writes the HTML report to html-file and links the summary’s findings to the head commit’s lines', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo({ 'README.md': '# Docs\n' }, { 'docs/zh-CN/writeback.md': article('zh-CN', '组写回') });
    const run = await runAction(repo, api, { 'html-file': 'loclint-report.html' });
    expect(run.code).toBe(1);
    const path = join(repo.workspace, 'loclint-report.html');
    expect(run.outputs['html-file']).toBe(path);
    const page = readFileSync(path, 'utf8');
    expect(page.match(/<section class="finding"/g)).toHaveLength(Number(run.outputs.errors) + Number(run.outputs.warnings));
    expect(page).toContain('<div class="unit source"><h3>Source, line 14</h3>');
    expect(run.summary).toContain('<details><summary><code>docs/zh-CN/writeback.md</code>');
    expect(run.summary).toContain(`(https://github.com/octo/docs/blob/${repo.head}/docs/zh-CN/writeback.md#L14)`);
  });

  it('warns once and carries on when the HTML report cannot be written', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo({ 'README.md': '# Docs\n' }, { 'docs/zh-CN/writeback.md': article('zh-CN', '组写回') });
    const run = await runAction(repo, api, { 'html-file': 'no/such/folder/report.html' });
    expect(run.stdout.match(/^::warning::Could not write the HTML report \/.*\/no\/such\/folder\/report\.html: /gm)).toHaveLength(1);
    expect(run.outputs['html-file']).toBeUndefined();
    expect(run.summary).toContain('### Findings by file');
  });
});
