import { describe, expect, it } from 'vitest';
import { fingerprint, makeBaseline } from '../src/findings/baseline.js';
import { FILTER_STAGES, fileStages, NOT_SUPPRESSED, runStages } from '../src/findings/filter.js';
import type { Finding } from '../src/findings/finding.js';

const finding = (rule: string, line: number, severity: Finding['severity'] = 'error', file = 'fr-FR/a.md'): Finding => {
  const f: Finding = { file, line, column: 1, endLine: line, endColumn: 2, rule, severity, message: `${rule} on line ${line}` };
  return { ...f, fingerprint: fingerprint(f, null) };
};

describe('the one filter (findings/filter.ts)', () => {
  it('names its stages in the order findings pass them', () => {
    expect(FILTER_STAGES).toEqual(['severity', 'suppression', 'fingerprint', 'dependents', 'changed-lines', 'baseline', 'quiet', 'fail-level']);
  });

  it('applies severity/off before suppression, and fingerprints only what both keep', () => {
    const asked: string[] = [];
    const kept: Finding[] = [];
    const settings: Record<string, { severity?: 'off' | 'warning' }> = { gone: { severity: 'off' }, milder: { severity: 'warning' } };
    fileStages(
      [finding('gone', 1), finding('milder', 2), finding('hidden', 3), finding('plain', 4)].map(({ fingerprint: _, ...f }) => f),
      {
        settingsOf: (id) => settings[id] ?? {},
        suppressed: (f) => (asked.push(f.rule), f.rule === 'hidden'),
        doc: null,
      },
      kept,
    );
    // An off rule's finding never reaches the suppression comments.
    expect(asked).toEqual(['milder', 'hidden', 'plain']);
    expect(kept.map((f) => [f.rule, f.severity])).toEqual([['milder', 'warning'], ['plain', 'error']]);
    expect(kept.every((f) => /^[0-9a-f]{20}$/.test(f.fingerprint!))).toBe(true);
  });

  it('keeps a file without a document to severity and fingerprint', () => {
    const kept: Finding[] = [];
    fileStages([finding('file-unreadable', 1)], { settingsOf: () => ({}), suppressed: NOT_SUPPRESSED, doc: null }, kept);
    expect(kept).toHaveLength(1);
  });

  it('drops dependents and unchanged lines before the baseline counts, and quiet after it', () => {
    const outside = finding('segment-pair', 9);
    const dependent = finding('segment-pair', 1, 'error', 'de-DE/links.md');
    const link = finding('relative-link-missing', 2, 'error', 'de-DE/links.md');
    const warning = finding('untranslated', 3, 'warning');
    const baseline = makeBaseline([outside, dependent, warning]);
    const { findings, stale, failed } = runStages([outside, dependent, link, warning], {
      dependents: { files: new Set(['de-DE/links.md']), rules: new Set(['relative-link-missing']) },
      changedLines: new Map([['fr-FR/a.md', [{ start: 1, end: 5 }]]]),
      baseline,
      quiet: true,
      failOn: 'warning',
    });
    expect(findings).toEqual([link]);
    // What the dependents and changed-lines stages dropped never reached the baseline: its entries are stale.
    expect(stale.map((e) => e.fingerprint).sort()).toEqual([outside.fingerprint, dependent.fingerprint].sort());
    expect(failed).toBe(true);
  });

  it('decides the fail level on what quiet leaves', () => {
    const warning = finding('untranslated', 3, 'warning');
    expect(runStages([warning], { failOn: 'warning' }).failed).toBe(true);
    expect(runStages([warning], { quiet: true, failOn: 'warning' }).failed).toBe(false);
    expect(runStages([warning], { failOn: 'error' }).failed).toBe(false);
  });
});
