import type { Finding, Severity } from '../findings/finding.js';
import { localeRuleTable, totalsLine } from './tables.js';

/** The part of Octokit this reporter uses, so any client with these two calls will do. */
export interface ChecksClient {
  request(route: string, parameters: Record<string, unknown>): Promise<{ data: { id: number } }>;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The pull request's head commit (not GITHUB_SHA, which is the merge commit). */
  headSha: string;
  findings: readonly Finding[];
  filesChecked: number;
  failed: boolean;
  notes: readonly string[];
}

/** The Checks API accepts at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const SUMMARY_LIMIT = 65_535 - 1024;
const levels: Record<Severity, 'failure' | 'warning' | 'notice'> = { error: 'failure', warning: 'warning', info: 'notice' };

function annotation(f: Finding) {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    ...(f.line === f.endLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {}),
    annotation_level: levels[f.severity],
    title: f.rule,
    message: f.message.slice(0, 60_000),
  };
}

export function checkRunSummary(findings: readonly Finding[], filesChecked: number, notes: readonly string[]): string {
  const text = [totalsLine(findings, filesChecked), ...notes.map((n) => `\n> ${n}`), '', localeRuleTable(findings)].join('\n');
  return text.length > SUMMARY_LIMIT ? `${text.slice(0, SUMMARY_LIMIT)}\n…` : text;
}

/**
 * One check run named `loclint` on the head commit carrying every finding: created with the first
 * 50 annotations, then updated 50 at a time (the API appends them), then completed.
 */
export async function publishCheckRun(client: ChecksClient, run: CheckRunRequest): Promise<number> {
  const { owner, repo } = run;
  const annotations = run.findings.map(annotation);
  const output = (batch: object[]) => ({
    title: totalsLine(run.findings, run.filesChecked),
    summary: checkRunSummary(run.findings, run.filesChecked, run.notes),
    annotations: batch,
  });
  const batches: object[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const { data } = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    owner,
    repo,
    name: 'loclint',
    head_sha: run.headSha,
    status: 'in_progress',
    output: output(batches[0] ?? []),
  });
  for (const batch of batches.slice(1)) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner, repo, check_run_id: data.id, output: output(batch) });
  }
  await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    owner,
    repo,
    check_run_id: data.id,
    status: 'completed',
    conclusion: run.failed ? 'failure' : 'success',
    completed_at: new Date().toISOString(),
    output: output([]),
  });
  return data.id;
}
