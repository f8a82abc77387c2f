export type Severity = 'error' | 'warning' | 'info';

/** One problem at one place. Every reporter reads a list of these and nothing else. */
export interface Finding {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
  /** Stable across moves of the text (rule, file, content of the segment or line): see baseline.ts. */
  fingerprint?: string;
  /** The finding's unit and its source unit (or its lines), only when the run asks (the HTML report does). */
  context?: FindingContext;
  /** The repair the finding names, when it is unambiguous: edits of the file's decoded text. */
  fix?: Fix;
  /**
   * The URL whose answer decides the finding (its rule's `answered`): set between the check stage and
   * the engine's external-link step, which keeps the finding, with its message, or drops it. Never reported.
   */
  awaits?: string;
}

/** Replace [start, end) of a document's decoded text (UTF-16 offsets, as rules see the text) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** What the edits do, for people: "restore `-Identity` from the source unit". */
  description: string;
  edits: TextEdit[];
}

/** Text around a finding, from its file. */
export interface FindingContext {
  /** The segment the finding lies in, or null outside segments. */
  segmentId: string | null;
  /** The translated unit, or the finding's lines when it lies outside segments. */
  translation: Excerpt;
  /** The source unit paired with the translated one, when there is one. */
  source: Excerpt | null;
}

export interface Excerpt {
  text: string;
  /** 1-based line of the excerpt's first character. */
  line: number;
  /** The finding's range in `text`, [start, end); null when the finding lies in the other excerpt. */
  mark: [number, number] | null;
  /** Whether text was cut before or after the excerpt (a long unit is cut to a window around the finding). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const rank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export type FailLevel = 'error' | 'warning' | 'never';

export function meetsFailLevel(severity: Severity, level: FailLevel): boolean {
  return level !== 'never' && rank[severity] >= rank[level];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
