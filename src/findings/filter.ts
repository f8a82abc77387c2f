import type { LocDocument } from '../document/document.js';
import type { RuleSettings } from '../config/config.js';
import { applyBaseline, fingerprint, type Baseline, type BaselineEntry } from './baseline.js';
import { meetsFailLevel, type FailLevel, type Finding } from './finding.js';

/**
 * The one filter every finding passes, whoever produced it (a rule, the walk, the reader, the
 * external-link stage, an internal error), in this order:
 * severity/off → inline suppression → fingerprint → dependents → changed lines → baseline → quiet,
 * then the fail level. The first three need the finding's document and run where it is parsed
 * (`fileStages`, on whichever thread checks the file); the others need the whole run (`runStages`).
 */
export const FILTER_STAGES = ['severity', 'suppression', 'fingerprint', 'dependents', 'changed-lines', 'baseline', 'quiet', 'fail-level'] as const;

export interface FileFilter {
  /** The configuration's settings of a rule for this file. */
  settingsOf: (ruleId: string) => RuleSettings;
  /** Whether an inline `loclint-disable…` comment of the file covers the finding. */
  suppressed: (finding: Finding) => boolean;
  /** The finding's document (null when it could not be read or parsed): what the fingerprint is made of. */
  doc: LocDocument | null;
}

/** Nothing is suppressed in a file without a document (one that could not be read, a folder). */
export const NOT_SUPPRESSED = (): boolean => false;

/**
 * Severity/off, inline suppression and fingerprint, for the findings of one file: those kept are
 * appended to `into` at their configured severity, with their fingerprint.
 */
export function fileStages(found: readonly Finding[], file: FileFilter, into: Finding[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const { severity } = file.settingsOf(f.rule);
    if (severity === 'off' || file.suppressed(f)) continue;
    into.push({ ...f, severity: severity ?? f.severity, fingerprint: fingerprint(f, file.doc) });
  }
}

export interface RunFilter {
  /**
   * Files checked only because they link to files the change removed or renamed: only the rules
   * about such links speak about them.
   */
  dependents?: { files: ReadonlySet<string>; rules: ReadonlySet<string> } | null;
  /** Changed lines of each changed file: findings elsewhere in those files are dropped. */
  changedLines?: ReadonlyMap<string, readonly { start: number; end: number }[]> | null;
  baseline?: Baseline | null;
  /** Errors only. */
  quiet?: boolean;
  failOn: FailLevel;
}

export interface Filtered {
  findings: Finding[];
  /** Baseline entries no finding matched. */
  stale: BaselineEntry[];
  /** Whether a finding left meets the fail level. */
  failed: boolean;
}

/** Dependents, changed lines, baseline and quiet over a run's findings (each already through fileStages), then the fail level. */
export function runStages(findings: readonly Finding[], run: RunFilter): Filtered {
  let kept: Finding[] = [...findings];
  const dependents = run.dependents;
  if (dependents && dependents.files.size > 0) kept = kept.filter((f) => !dependents.files.has(f.file) || dependents.rules.has(f.rule));
  const lines = run.changedLines;
  if (lines) {
    kept = kept.filter((f) => {
      const ranges = lines.get(f.file);
      return ranges === undefined || ranges.some((r) => f.line >= r.start && f.line <= r.end);
    });
  }
  let stale: BaselineEntry[] = [];
  if (run.baseline) ({ fresh: kept, stale } = applyBaseline(kept, run.baseline));
  if (run.quiet) kept = kept.filter((f) => f.severity === 'error');
  return { findings: kept, stale, failed: kept.some((f) => meetsFailLevel(f.severity, run.failOn)) };
}
