import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/finding.js';
import { reporterNamed, reporters } from '../src/report/registry.js';

const finding: Finding = {
  file: 'zh-CN/BoardsHelp/archive-a-board.md',
  line: 12,
  column: 3,
  endLine: 12,
  endColumn: 9,
  rule: 'segment-empty',
  severity: 'error',
  message: 'Translated unit 581fd-103 is empty but its source has text',
};

describe('the reporter registry', () => {
  it.each(reporters.map((r) => [r.name, r] as const))('%s names the finding and its place', (_, reporter) => {
    const report = reporter.format([finding], { filesChecked: 1, colour: false });
    expect(report.text).toContain('segment-empty');
    expect(report.text).toContain('archive-a-board.md');
    expect(report.notes).toEqual([]);
  });

  it('gives each format one name, and no reporter for an unknown one', () => {
    expect(new Set(reporters.map((r) => r.name)).size).toBe(reporters.length);
    expect(reporterNamed('no-such-format')).toBeUndefined();
  });

  it('parses what the JSON and SARIF reporters write', () => {
    const json = JSON.parse(reporterNamed('json')!.format([finding], { filesChecked: 1, colour: false }).text);
    expect(json.findings).toEqual([finding]);
    const sarif = JSON.parse(reporterNamed('sarif')!.format([finding], { filesChecked: 1, colour: false }).text);
    expect(sarif.runs[0].results[0].ruleId).toBe('segment-empty');
  });
});
