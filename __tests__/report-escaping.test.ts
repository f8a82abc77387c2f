import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/finding.js';
import { formatText } from '../src/report/text.js';
import { END_TO_END, FakeGitHub, pullRequestRepo, runAction } from './action-harness.js';
import { tree } from './helpers.js';

// A segment id with a newline, a percent sign and a terminal escape (clear screen), as a checked file can hold.
const hostileUnit = '<span data-ttu-id="bad-%1\n\x1b[2J">文</span><span class="sxs-lookup"><span data-stu-id="bad-%1\n\x1b[2J">Text</span></span>';
const hostileName = 'zh-CN/a,b:c%d\ne\u202e.md';
const bin = join(import.meta.dirname, '..', 'bin', 'loclint.js');

describe('text output', () => {
  it('escapes control characters, line separators and bidi controls in file names and messages', () => {
    const finding: Finding = { file: 'zh-CN/a\nb.md', line: 3, column: 1, endLine: 3, endColumn: 2, rule: 'segment-id-format', severity: 'error', message: 'id `x\r\n\x1b[2J\u2028\u202e\t`', fingerprint: '' };
    expect(formatText([finding], 1, false).split('\n')).toEqual([
      'zh-CN/a\\nb.md',
      'zh-CN/a\\nb.md:3:1  error  segment-id-format  id `x\\r\\n\\u001b[2J\\u2028\\u202e\\t`',
      '',
      '1 file checked: 1 error, 0 warnings, 0 info',
      '',
    ]);
  });

  it('keeps one finding on one line for a real file whose name and segment id hold a newline (the CLI)', async () => {
    const root = tree({ [hostileName]: `# 新\n\n${hostileUnit}\n` });
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '.'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }).catch((e) => e as { stdout: string });
    expect(stdout.split('\n')).toEqual([
      'zh-CN/a,b:c%d\\ne\\u202e.md',
      'zh-CN/a,b:c%d\\ne\\u202e.md:3:1  error  segment-id-format  Malformed segment id `bad-%1\\n\\u001b[2J`: expected five hex digits, a dash and a number (`581fd-102`, `581fd-p102`)',
      '',
      '1 file checked: 1 error, 0 warnings, 0 info',
      '',
    ]);
  });
});

describe('workflow annotations', END_TO_END, () => {
  let api: FakeGitHub;
  afterEach(async () => api?.stop());

  it('escape a file name and message as GitHub reads workflow commands (% CR LF, and , : in properties)', async () => {
    api = await new FakeGitHub().start();
    const repo = pullRequestRepo({ 'README.md': '# Docs\n' }, { [`docs/${hostileName}`]: `# 新\n\n${hostileUnit}\n` });
    const run = await runAction(repo, api, { 'check-run': 'false', summary: 'false' });
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toEqual([
      '::error title=loclint segment-id-format,file=docs/zh-CN/a%2Cb%3Ac%25d%0Ae\u202e.md,line=3,endLine=4::Malformed segment id `bad-%251%0A\x1b[2J`: expected five hex digits, a dash and a number (`581fd-102`, `581fd-p102`)',
    ]);
  });
});
