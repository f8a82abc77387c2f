import type { Fix as SarifFix, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { ruleHelp } from '../config/docs.js';
import type { Finding, Severity } from '../findings/finding.js';
import type { RuleMeta } from '../rules-support/file-problems.js';
import { allRuleMeta, rules } from '../rules/index.js';
import { REPOSITORY_URL, VERSION } from '../version.js';
import { ruleDocUrl } from './rule-docs.js';

const levels: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** GitHub code scanning rejects a run of more results than this. */
export const MAX_RESULTS_PER_RUN = 25_000;
/** …and an upload larger than this once gzipped (upload-sarif compresses the file). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** A cut aims this far under the size limit, so one more pass rarely follows. */
const SIZE_MARGIN = 0.9;

const FENCE = /^```/;

/** Markdown help as plain text: fences dropped, their lines indented, emphasis marks removed. */
function plainText(markdown: readonly string[]): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown) {
    if (FENCE.test(line)) inFence = !inFence;
    else out.push(inFence ? `    ${line}` : line.replace(/\*\*|`/g, ''));
  }
  return out.join('\n');
}

function descriptor(meta: RuleMeta): ReportingDescriptor {
  const rule = rules.find((r) => r.id === meta.id);
  const helpUri = ruleDocUrl(meta.id);
  const lines = rule ? ruleHelp(rule) : [`${meta.description}.`, '', 'Reported when a file cannot be read as text or a rule fails on it; the rest of the run goes on.'];
  const markdown = [...lines, '', `[Documentation](${helpUri})`];
  const name = meta.id.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());
  return {
    id: meta.id,
    // SARIF1001: a name that is the id in other case (a one-word id) says nothing; it is left out then.
    ...(name.toLowerCase() !== meta.id.toLowerCase() && { name }),
    shortDescription: { text: `${meta.description}.` },
    // The description and the paragraph after it (default severity, what it compares; for file problems, when they are reported).
    fullDescription: { text: plainText(lines.slice(0, 3)) },
    help: { text: plainText([...lines, '', `Documentation: ${helpUri}`]), markdown: markdown.join('\n') },
    helpUri,
    defaultConfiguration: { level: levels[meta.severity] },
  };
}

/**
 * GitHub's fingerprint key, in its own `hash:occurrence` shape: the content fingerprint (rule, file,
 * segment) with a count of the earlier results that share it, so that each result has its own.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = f.fingerprint ?? `${f.rule}:${f.file}:${f.line}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${key}:${occurrence}`;
  });
}

/**
 * A finding's fix as SARIF states one: its edits as replacements of the file, each region by character
 * offset and length, counted as the rules count them (UTF-16 code units of the decoded text, after any
 * byte-order mark; the run's columnKind says so).
 */
function sarifFix(f: Finding): SarifFix[] {
  if (f.fix === undefined) return [];
  const replacements = f.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } }));
  return [{ description: { text: f.fix.description }, artifactChanges: [{ artifactLocation: { uri: encodeURI(f.file) }, replacements }] }];
}

function result(f: Finding, ruleIndex: number | undefined, lineHash: string): Result {
  const fixes = sarifFix(f);
  return {
    ruleId: f.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: levels[f.severity],
    message: { text: f.message },
    partialFingerprints: { primaryLocationLineHash: lineHash },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(fixes.length > 0 ? { fixes } : {}),
  };
}

/** The `keep` most severe findings' positions (errors first), in their original order. */
function mostSevere(findings: readonly Finding[], keep: number): number[] {
  const order = findings.map((_, i) => i);
  if (keep >= findings.length) return order;
  order.sort((a, b) => rank[findings[a]!.severity] - rank[findings[b]!.severity] || a - b);
  return order.slice(0, keep).sort((a, b) => a - b);
}

function sarifLog(driverRules: ReportingDescriptor[], version: string, results: Result[], notifications: Notification[]): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'loclint', version, semanticVersion: version, informationUri: REPOSITORY_URL, rules: driverRules } },
        // Columns and the fixes' character offsets count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
        results,
      },
    ],
  };
}

export interface SarifReport {
  text: string;
  /** Findings left out to stay within GitHub's limits (the most severe are kept). */
  omitted: number;
}

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run within its limits on results and upload
 * size, with what was cut said in the run's notifications.
 */
export function sarifReport(findings: readonly Finding[], version = VERSION, ruleMeta: readonly RuleMeta[] = allRuleMeta): SarifReport {
  const index = new Map(ruleMeta.map((r, i) => [r.id, i]));
  const driverRules = ruleMeta.map(descriptor);
  const hashes = fingerprints(findings);
  const render = (kept: readonly number[]) => {
    const omitted = findings.length - kept.length;
    const notifications: Notification[] =
      omitted === 0
        ? []
        : [
            {
              level: 'warning',
              message: { text: `${omitted} of ${findings.length} findings were left out to stay within GitHub code scanning's limits (${MAX_RESULTS_PER_RUN} results per run, ${MAX_UPLOAD_BYTES / 1024 / 1024} MB per upload); the most severe are kept.` },
            },
          ];
    const results = kept.map((i) => result(findings[i]!, index.get(findings[i]!.rule), hashes[i]!));
    return { text: JSON.stringify(sarifLog(driverRules, version, results, notifications), null, 2) + '\n', omitted };
  };
  let kept = mostSevere(findings, MAX_RESULTS_PER_RUN);
  let report = render(kept);
  // Gzip only when the plain text could be over the limit; each pass keeps a smaller share.
  while (Buffer.byteLength(report.text) > MAX_UPLOAD_BYTES) {
    // node:zlib is loaded only for a report this large.
    const compressed = process.getBuiltinModule('node:zlib').gzipSync(report.text).length;
    if (compressed <= MAX_UPLOAD_BYTES) break;
    kept = mostSevere(findings, Math.floor((kept.length * MAX_UPLOAD_BYTES * SIZE_MARGIN) / compressed));
    report = render(kept);
  }
  return report;
}

export function formatSarif(findings: readonly Finding[], version = VERSION): string {
  return sarifReport(findings, version).text;
}
