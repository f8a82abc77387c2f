import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/finding.js';
import { reporterNamed } from '../src/report/registry.js';

const at = (over: Partial<Finding>): Finding => ({
  file: 'zh-CN/BoardsHelp/archive-a-board.md',
  line: 12,
  column: 3,
  endLine: 12,
  endColumn: 9,
  rule: 'command-parity',
  severity: 'error',
  message: '`-Identity` in the source of 581fd-103 is `-Identität` here: a parameter must stay as written',
  fingerprint: 'f00d',
  ...over,
});

const report = (findings: Finding[]) => JSON.parse(reporterNamed('gitlab')!.format(findings, { filesChecked: 1, colour: false }).text);

describe('the GitLab Code Quality reporter (--format gitlab)', () => {
  it('writes each finding as an issue GitLab reads: description, check name, fingerprint, severity, path and positions', () => {
    const [issue] = report([at({})]);
    expect(issue).toEqual({
      description: '`-Identity` in the source of 581fd-103 is `-Identität` here: a parameter must stay as written',
      check_name: 'command-parity',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'major',
      location: { path: 'zh-CN/BoardsHelp/archive-a-board.md', positions: { begin: { line: 12, column: 3 }, end: { line: 12, column: 9 } } },
    });
  });

  it('maps warnings to minor and info to info', () => {
    expect(report([at({ severity: 'warning' }), at({ severity: 'info', fingerprint: 'beef' })]).map((i: { severity: string }) => i.severity)).toEqual(['minor', 'info']);
  });

  it('gives equal findings fingerprints of their own, the same in every run, and follows the finding\'s fingerprint when the text moves', () => {
    const twice = report([at({}), at({ line: 40, endLine: 40 })]);
    expect(twice[0].fingerprint).not.toBe(twice[1].fingerprint);
    expect(report([at({})])[0].fingerprint).toBe(twice[0].fingerprint);
    expect(report([at({ line: 99, endLine: 99 })])[0].fingerprint).toBe(twice[0].fingerprint);
    expect(report([at({ fingerprint: 'other' })])[0].fingerprint).not.toBe(twice[0].fingerprint);
    const unprinted = report([at({ fingerprint: undefined }), at({ fingerprint: undefined, line: 13, endLine: 13 })]);
    expect(unprinted[0].fingerprint).not.toBe(unprinted[1].fingerprint);
  });

  it('is an empty list when nothing was found', () => {
    expect(report([])).toEqual([]);
  });
});
