import { countBySeverity, type Finding, type Severity } from '../findings/finding.js';
import { htmlText, markdownText, urlPath } from './escape.js';
import { ruleDocUrl } from './rule-docs.js';
import { localeOfFinding, plural, SEVERITIES, totalsLine } from './tables.js';

export interface SourceLink {
  /** e.g. https://github.com/owner/repo/blob/<head sha> */
  blobBase: string;
}

export interface SummaryInput {
  findings: readonly Finding[];
  filesChecked: number;
  /** Where the checked files can be read, for links to each finding's lines; null: no links. */
  source: SourceLink | null;
  /** loclint's own remarks on the run (Markdown). */
  notes: readonly string[];
  /** Annotations the check run did not receive (a failed batch): the summary then says so. */
  unsentAnnotations?: number;
}

/** GitHub refuses a step's summary over 1 MiB; the margin leaves room for the closing note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const CLOSING_MARGIN_BYTES = 1024;
/** Bars past this many locales would be too thin to read: the rest are summed into one. */
const CHART_LOCALES = 20;

const icons: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * The job summary: totals, a table and a chart per locale, findings per rule, then the findings
 * grouped by file in collapsed blocks, each linked to its lines and its rule's documentation. Text
 * from checked files is escaped; past GitHub's 1 MiB the rest is left out, and a note says how much.
 */
export function jobSummary(input: SummaryInput): string {
  const { findings } = input;
  const head = [`## loclint`, '', `**${totalsLine(findings, input.filesChecked)}**`];
  for (const note of input.notes) head.push('', `> ${note}`);
  if (input.unsentAnnotations !== undefined && input.unsentAnnotations > 0) {
    head.push('', `> ⚠️ ${plural(input.unsentAnnotations, 'annotation')} could not be sent to the check run: the findings below and the SARIF file carry them.`);
  }
  if (findings.length > 0) {
    const locales = perLocale(findings);
    head.push('', ...localeTable(findings, locales), '', ...localeChart(locales), '', ...ruleTable(findings), '', '### Findings by file');
  }
  const out = new BoundedText(head.join('\n') + '\n', SUMMARY_LIMIT_BYTES - CLOSING_MARGIN_BYTES);
  const files = byFile(findings);
  let shownFindings = 0;
  let filesCut = 0;
  for (const [file, found] of files) {
    const counts = countBySeverity(found);
    const tally = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${icons[s]} ${counts[s]}`).join(' ');
    const header = `\n<details><summary><code>${htmlText(file)}</code> ${tally}</summary>\n\n`;
    // A block opens only with its first finding, so no block is left empty.
    let shown = 0;
    if (out.add(header + findingLine(found[0]!, input.source), DETAILS_END)) {
      shown = 1;
      while (shown < found.length && out.add(findingLine(found[shown]!, input.source), DETAILS_END)) shown++;
      out.append(DETAILS_END);
    }
    shownFindings += shown;
    if (shown < found.length) filesCut++;
  }
  let text = out.text;
  if (shownFindings < findings.length) {
    text += `\n> ${plural(findings.length - shownFindings, 'finding')} in ${plural(filesCut, 'file')} left out to keep this summary under GitHub's 1 MiB: the check run's annotations and the SARIF file carry every finding.\n`;
  }
  return text;
}

const DETAILS_END = '\n</details>\n';

function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const files = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = files.get(f.file);
    if (list === undefined) files.set(f.file, [f]);
    else list.push(f);
  }
  return files;
}

function findingLine(f: Finding, source: SourceLink | null): string {
  const where = `${f.line}:${f.column}`;
  const lines = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
  const place = source ? `[${where}](${source.blobBase}/${urlPath(f.file)}${lines})` : where;
  return `- ${icons[f.severity]} ${place} [\`${f.rule}\`][${f.rule}] ${markdownText(f.message)}\n`;
}

interface LocaleCounts {
  files: Set<string>;
  counts: Record<Severity, number>;
}

function perLocale(findings: readonly Finding[]): Map<string, LocaleCounts> {
  const locales = new Map<string, LocaleCounts>();
  for (const f of findings) {
    const locale = localeOfFinding(f);
    let entry = locales.get(locale);
    if (entry === undefined) locales.set(locale, (entry = { files: new Set(), counts: { error: 0, warning: 0, info: 0 } }));
    entry.files.add(f.file);
    entry.counts[f.severity]++;
  }
  return new Map([...locales].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const total = (c: Record<Severity, number>) => c.error + c.warning + c.info;

/** Locales as rows, with a totals row; locale names come from paths, so they are escaped. */
function localeTable(findings: readonly Finding[], locales: Map<string, LocaleCounts>): string[] {
  const rows = ['| locale | files with findings | ❌ errors | ⚠️ warnings | ℹ️ info | total |', '|---|---:|---:|---:|---:|---:|'];
  for (const [locale, { files, counts }] of locales) {
    rows.push(`| ${markdownText(locale)} | ${files.size} | ${counts.error} | ${counts.warning} | ${counts.info} | ${total(counts)} |`);
  }
  const all = countBySeverity(findings);
  const files = new Set(findings.map((f) => f.file)).size;
  rows.push(`| **total** | **${files}** | **${all.error}** | **${all.warning}** | **${all.info}** | **${total(all)}** |`);
  return rows;
}

/** Mermaid's xychart-beta: GitHub draws it in job summaries; a category in quotes may hold anything but a quote. */
function localeChart(locales: Map<string, LocaleCounts>): string[] {
  const bars = [...locales].map(([locale, { counts }]) => ({ locale, count: total(counts) }));
  if (bars.length > CHART_LOCALES) {
    bars.sort((a, b) => b.count - a.count);
    const rest = bars.splice(CHART_LOCALES - 1);
    bars.push({ locale: `${rest.length} more`, count: rest.reduce((sum, b) => sum + b.count, 0) });
  }
  const label = (s: string) => `"${s.replace(/[^\p{L}\p{N} ()_.-]/gu, '_')}"`;
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Findings per locale"',
    `  x-axis [${bars.map((b) => label(b.locale)).join(', ')}]`,
    '  y-axis "findings"',
    `  bar [${bars.map((b) => b.count).join(', ')}]`,
    '```',
  ];
}

/**
 * Rules as rows, each linked to its documentation, with the count in each severity; then one link
 * definition per rule, which every finding's `[rule][rule]` link refers to.
 */
function ruleTable(findings: readonly Finding[]): string[] {
  const rules = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    let counts = rules.get(f.rule);
    if (counts === undefined) rules.set(f.rule, (counts = { error: 0, warning: 0, info: 0 }));
    counts[f.severity]++;
  }
  const rows = ['| rule | ❌ errors | ⚠️ warnings | ℹ️ info |', '|---|---:|---:|---:|'];
  for (const [rule, counts] of [...rules].sort(([a], [b]) => (a < b ? -1 : 1))) {
    rows.push(`| [\`${rule}\`][${rule}] | ${counts.error} | ${counts.warning} | ${counts.info} |`);
  }
  rows.push('', ...[...rules.keys()].map((rule) => `[${rule}]: ${ruleDocUrl(rule)}`));
  return rows;
}

/** Text that grows within a byte budget: each addition keeps room for the closing text it reserves. */
class BoundedText {
  private bytes: number;
  private full = false;

  constructor(
    public text: string,
    private readonly limit: number,
  ) {
    this.bytes = Buffer.byteLength(text);
  }

  /** Appends `piece` when it and `reserve` fit; once one does not, nothing more is added. */
  add(piece: string, reserve: string): boolean {
    const size = Buffer.byteLength(piece);
    if (this.full || this.bytes + size + Buffer.byteLength(reserve) > this.limit) {
      this.full = true;
      return false;
    }
    this.append(piece);
    return true;
  }

  /** Appends text whose room an earlier addition reserved. */
  append(piece: string): void {
    this.text += piece;
    this.bytes += Buffer.byteLength(piece);
  }
}
