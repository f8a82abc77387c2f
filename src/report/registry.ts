import type { Finding } from '../findings/finding.js';
import { VERSION } from '../version.js';
import { formatCodeQuality } from './code-quality.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { sarifReport } from './sarif.js';
import { formatText } from './text.js';

/** What a report may say besides the findings. */
export interface ReportRun {
  filesChecked: number;
  /** Whether the text may carry terminal colours. */
  colour: boolean;
}

export interface Report {
  text: string;
  /** Lines for standard error: what the report had to leave out, and why. */
  notes: string[];
}

export interface Reporter {
  /** The `--format` value. */
  name: string;
  /** One line for `--help` and the README. */
  summary: string;
  /** Whether findings must carry their unit and source unit (see EngineOptions.context). */
  needsContext: boolean;
  format(findings: readonly Finding[], run: ReportRun): Report;
}

const plain = (text: string): Report => ({ text, notes: [] });

/** The one list of report formats: the CLI's `--format`, its help and the README's table come from it. */
export const reporters: readonly Reporter[] = [
  {
    name: 'text',
    summary: 'path:line:col  severity  rule  message',
    needsContext: false,
    format: (findings, run) => plain(formatText(findings, run.filesChecked, run.colour)),
  },
  {
    name: 'json',
    summary: '{ version, files, findings }, every field of each finding',
    needsContext: false,
    format: (findings, run) => plain(formatJson(findings, run.filesChecked)),
  },
  {
    name: 'sarif',
    summary: 'SARIF 2.1.0, within GitHub code scanning\'s limits',
    needsContext: false,
    format(findings) {
      const sarif = sarifReport(findings, VERSION);
      const notes = sarif.omitted > 0 ? [`SARIF holds ${findings.length - sarif.omitted} of ${findings.length} findings, the most severe, within GitHub code scanning's limits`] : [];
      return { text: sarif.text, notes };
    },
  },
  {
    name: 'html',
    summary: 'one self-contained page, each finding beside its source',
    needsContext: true,
    format: (findings, run) => plain(formatHtml({ findings, filesChecked: run.filesChecked })),
  },
  { name: 'gitlab', summary: 'GitLab Code Quality, for `artifacts:reports:codequality`', needsContext: false, format: (findings) => plain(formatCodeQuality(findings)) },
];

export const DEFAULT_FORMAT = 'text';

export function reporterNamed(name: string): Reporter | undefined {
  return reporters.find((r) => r.name === name);
}

/** `text|json|sarif|html`, for usage lines. */
export const formatNames = (): string => reporters.map((r) => r.name).join('|');
