import type { Finding, Severity } from '../findings/finding.js';
import { localeRuleTable, totalsLine } from './tables.js';

/** The part of Octokit this reporter uses, so any client with these two calls will do. */
export interface ChecksClient {
  request(route: string, parameters: Record<string, unknown>): Promise<{ data: unknown }>;
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

/** What reached the check run. */
export interface CheckRunResult {
  id: number;
  /** Annotations a failed request did not deliver (the run itself was still completed). */
  annotationsNotSent: number;
  /** Why they were not sent. */
  problem: string | null;
}

/** A message for a failed request: its status and GitHub's message, never a stack. */
export const requestProblem = (error: unknown) => `${(error as { status?: number }).status ?? 'error'}: ${(error as Error).message}`;

/**
 * One check run named `loclint` on the head commit carrying every finding: created completed when
 * its annotations fit one request (50); else created with the first 50, then updated 50 at a time
 * (the API appends them), then completed. Once it exists it is always completed, with the
 * conclusion the findings give, even when a batch of annotations could not be sent: a required
 * check left `in_progress` would block the pull request for good.
 */
export async function publishCheckRun(client: ChecksClient, run: CheckRunRequest): Promise<CheckRunResult> {
  const { owner, repo } = run;
  const annotations = run.findings.map(annotation);
  const output = (batch: object[], notes: readonly string[]) => ({
    title: totalsLine(run.findings, run.filesChecked),
    summary: checkRunSummary(run.findings, run.filesChecked, notes),
    annotations: batch,
  });
  const batches: object[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const completed = () => ({ status: 'completed', conclusion: run.failed ? 'failure' : 'success', completed_at: new Date().toISOString() });
  // Annotations that fit one request are sent in one, completed: GitHub asks a second between
  // writes, which Octokit's throttling waits out, and that second was most of a small run.
  const complete = batches.length <= 1;
  const { data } = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    owner,
    repo,
    name: 'loclint',
    head_sha: run.headSha,
    ...(complete ? completed() : { status: 'in_progress' }),
    output: output(batches[0] ?? [], run.notes),
  });
  const id = (data as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw new Error('GitHub answered the check run\'s creation without a check run id (the body is not the JSON the Checks API sends)');
  }
  if (complete) return { id, annotationsNotSent: 0, problem: null };
  let annotationsNotSent = 0;
  let problem: string | null = null;
  for (const batch of batches.slice(1)) {
    // After a failed batch the rest are not tried: the API that failed one is unlikely to take the next.
    if (problem === null) {
      try {
        await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner, repo, check_run_id: id, output: output(batch, run.notes) });
        continue;
      } catch (error) {
        problem = requestProblem(error);
      }
    }
    annotationsNotSent += batch.length;
  }
  const notes = annotationsNotSent > 0 ? [...run.notes, annotationsNotSentNote(annotationsNotSent, annotations.length)] : run.notes;
  await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    owner,
    repo,
    check_run_id: id,
    ...completed(),
    output: output([], notes),
  });
  return { id, annotationsNotSent, problem };
}

/** Said in the check run and the job summary when some annotations did not reach the check run. */
export function annotationsNotSentNote(notSent: number, total: number): string {
  return `${notSent} of ${total} annotations could not be sent to the check run: the job summary, the workflow annotations and SARIF carry every finding.`;
}
