import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { Octokit as OctokitCore } from '@octokit/core';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';
import { API_FILE_LIMIT, changesFromApiFiles, changesFromGit, type ChangeSet, type PullRequestFile } from './changes/changes.js';
import { isCommitSha, runnerEvent, type RunnerEvent } from './changes/event.js';
import { ConfigError } from './config/config.js';
import { runPipeline } from './engine/pipeline.js';
import { countBySeverity, type FailLevel, type Finding } from './findings/finding.js';
import { parseShard } from './layout/shard.js';
import { emitAnnotations } from './report/annotations.js';
import { annotationsNotSentNote, publishCheckRun, requestProblem } from './report/checks.js';
import { formatHtml } from './report/html.js';
import { httpFetch, loadClientFor } from './report/http-fetch.js';
import { formatSarif } from './report/sarif.js';
import { planSuggestions, publishReview } from './report/review.js';
import { jobSummary } from './report/summary.js';
import { boundaryOf, DEFAULT_MAX_FILE_BYTES, TreeReader } from './read.js';
import { decodeUtf8 } from './document/text.js';
import { tuneV8, workerScript } from './runtime.js';
import { VERSION } from './version.js';

interface Inputs {
  paths: string[];
  config: string;
  failOn: FailLevel | undefined;
  token: string;
  checkRun: boolean;
  summary: boolean;
  annotations: boolean;
  sarifFile: string;
  htmlFile: string;
  onlyChangedLines: boolean;
  sourceLocale: string | undefined;
  checkExternalLinks: boolean;
  baseline: string;
  /** `I/N`, or empty. */
  shard: string;
  suggestions: boolean;
  maxSuggestions: number;
  sourceRepository: string;
}

/** Suggestions one review carries unless the input says otherwise. */
const DEFAULT_MAX_SUGGESTIONS = 20;

/** Every default is applied here too, so the action behaves the same when an input is absent. */
function readInputs(): Inputs {
  const flag = (name: string, fallback: boolean) => {
    const value = core.getInput(name).trim().toLowerCase();
    if (value === '') return fallback;
    if (['true', 'false'].includes(value)) return value === 'true';
    throw new ConfigError(`input \`${name}\` must be true or false, not \`${value}\``);
  };
  const failOn = core.getInput('fail-on').trim();
  if (failOn !== '' && !['error', 'warning', 'never'].includes(failOn)) throw new ConfigError(`input \`fail-on\` must be error, warning or never, not \`${failOn}\``);
  const shardText = core.getInput('shard').trim();
  if (shardText !== '' && parseShard(shardText) === null) throw new ConfigError(`input \`shard\` must be I/N with 1 ≤ I ≤ N, not \`${shardText}\``);
  const maxText = core.getInput('max-suggestions').trim();
  const maxSuggestions = maxText === '' ? DEFAULT_MAX_SUGGESTIONS : Number(maxText);
  if (!/^\d+$/.test(maxText || '0') || !Number.isSafeInteger(maxSuggestions)) throw new ConfigError(`input \`max-suggestions\` must be a whole number, not \`${maxText}\``);
  const paths = core
    .getInput('paths')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ['**/*.md'],
    config: core.getInput('config').trim(),
    failOn: (failOn || undefined) as FailLevel | undefined,
    token: core.getInput('token').trim() || process.env.GITHUB_TOKEN || '',
    checkRun: flag('check-run', true),
    summary: flag('summary', true),
    annotations: flag('annotations', true),
    sarifFile: core.getInput('sarif-file').trim(),
    htmlFile: core.getInput('html-file').trim(),
    onlyChangedLines: flag('only-changed-lines', false),
    sourceLocale: core.getInput('source-locale').trim() || undefined,
    checkExternalLinks: flag('check-external-links', false),
    baseline: core.getInput('baseline').trim(),
    shard: shardText,
    suggestions: flag('suggestions', false),
    sourceRepository: core.getInput('source-repository').trim(),
    maxSuggestions,
  };
}

/** @octokit/core with the plugins loclint adds (@actions/github's client without its REST methods, which loclint does not call). */
type Octokit = OctokitCore & { paginate: PaginateInterface };

/** How long one request to GitHub may take before it is abandoned (and retried); LOCLINT_API_TIMEOUT_MS sets it. */
const API_TIMEOUT_MS = 30_000;
/** The longest rate-limit wait loclint sits out; a longer one ends the check run's publication. */
const MAX_RATE_LIMIT_WAIT_S = 60;
/** Retries of a failed request (5xx, timeouts), with plugin-retry's 1 s, 4 s back-off. */
const API_RETRIES = 2;

interface GitHubClient {
  octokit: Octokit;
  /** The wait GitHub asked for, in seconds, when it was longer than loclint sits out. */
  refusedWait: () => number | null;
}

function apiTimeout(setting = process.env.LOCLINT_API_TIMEOUT_MS): number {
  const ms = Number(setting);
  return setting !== undefined && Number.isInteger(ms) && ms > 0 ? ms : API_TIMEOUT_MS;
}

/** A runner's proxy settings: only then is @actions/github's proxy-aware fetch loaded (undici, ~1 MB of code); else node:http(s) serves. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** The user agent @actions/github sends: Octokit's, tagged with the runner's orchestration id when there is one. */
function userAgent(orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim()): string | undefined {
  return orchestrationId ? `actions_orchestration_id/${orchestrationId.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/** Octokit is loaded only when there is a token to use it with, and while git runs (see run). */
async function octokitFor(token: string): Promise<GitHubClient> {
  const proxied = PROXY_VARIABLES.some((name) => process.env[name]);
  const [{ Octokit }, { paginateRest }, { retry }, { throttling }, baseFetch] = await Promise.all([
    import('@octokit/core'),
    import('@octokit/plugin-paginate-rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    proxied ? import('@actions/github/lib/utils').then(({ defaults }) => defaults.request!.fetch as typeof fetch) : (httpFetch as unknown as typeof fetch),
  ]);
  const timeoutMs = apiTimeout();
  // A deadline of its own for every request and every retry.
  const timedFetch = (url: string | URL | Request, init: RequestInit = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return baseFetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
  let refused: number | null = null;
  // Primary and secondary rate limits: waited out twice at most, and only when the wait is short.
  const onLimit = (after: number, _options: unknown, _octokit: unknown, retryCount: number) => {
    if (after <= MAX_RATE_LIMIT_WAIT_S) return retryCount < 2;
    refused = after;
    return false;
  };
  const agent = userAgent();
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  // Loaded now, while git lists the changes, rather than after the check, when the check run waits on it.
  if (!proxied) loadClientFor(baseUrl);
  const octokit = new (Octokit.plugin(paginateRest, retry, throttling))({
    auth: token,
    baseUrl,
    ...(agent ? { userAgent: agent } : {}),
    request: { fetch: timedFetch },
    throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
    // Rate limits (403, 429) are the throttling plugin's to handle, not retried blindly.
    retry: { retries: API_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  });
  return { octokit, refusedWait: () => refused };
}



/**
 * Which files this event asks to check: a pull request's or push's changes, else (null) everything
 * under `paths`, with a note saying why.
 */
async function changeSetFor(workspace: string, inputs: Inputs, githubLoading: Promise<GitHubClient | null>, event: RunnerEvent, notes: string[]): Promise<ChangeSet | null> {
  const payload = event.payload;
  const log = (message: string) => core.info(message);
  if (payload.pull_request) {
    const base = payload.pull_request.base?.sha;
    const head = payload.pull_request.head?.sha;
    if (isCommitSha(base) && isCommitSha(head)) {
      const fromGit = await changesFromGit({ cwd: workspace, base, head, withLines: inputs.onlyChangedLines || inputs.suggestions, log });
      if (fromGit) return fromGit;
    } else core.warning('The event\'s pull request base or head is not a 40-hex commit id: git is not asked to diff it.');
    const number = Number(payload.pull_request.number);
    const github = await githubLoading;
    if (github === null || !Number.isSafeInteger(number) || number <= 0) {
      notes.push('No diff could be made (no history, no commit ids or no token): every file under `paths` was checked.');
      return null;
    }
    core.warning('git could not diff the pull request (missing history); listing its files through the API instead');
    try {
      const files = await github.octokit.paginate<PullRequestFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: event.owner,
        repo: event.repo,
        pull_number: number,
        per_page: 100,
      });
      return changesFromApiFiles(files.slice(0, API_FILE_LIMIT));
    } catch (error) {
      core.warning(`Could not list the pull request's files through the API (${requestProblem(error)}): every file under \`paths\` is checked instead.`);
      notes.push('Neither git nor the API could list the pull request\'s files: every file under `paths` was checked.');
      return null;
    }
  }
  const { before, after } = payload;
  if (event.name === 'push' && isCommitSha(before) && !/^0+$/.test(before) && isCommitSha(after)) {
    return changesFromGit({ cwd: workspace, base: before, head: after, withLines: inputs.onlyChangedLines, log });
  }
  return null;
}

export async function run(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const inputs = readInputs();
  const event = runnerEvent();
  if (event.problem) {
    core.warning(event.problem);
    // @actions/github parses the event file again when it loads, and throws on a malformed one.
    delete process.env.GITHUB_EVENT_PATH;
  }
  // Octokit loads while git lists the changes: the main thread would otherwise wait on git idle.
  const githubLoading = inputs.token ? octokitFor(inputs.token) : Promise.resolve(null);
  // Awaited below, where a failure to load ends the run as before; until then it is not unhandled.
  githubLoading.catch(() => undefined);
  const notes: string[] = [];
  const changeSet = await changeSetFor(workspace, inputs, githubLoading, event, notes);
  const github = await githubLoading;
  if (changeSet !== null) notes.push(...changeSet.notes);
  const result = await runPipeline(
    {
      cwd: workspace,
      paths: inputs.paths,
      ...(inputs.config ? { config: inputs.config } : {}),
      ...(inputs.sourceLocale ? { sourceLocale: inputs.sourceLocale } : {}),
      change: { changes: changeSet, onlyChangedLines: inputs.onlyChangedLines },
      ...(inputs.shard ? { shard: inputs.shard } : {}),
      checkExternal: inputs.checkExternalLinks,
      ...(inputs.sourceRepository ? { sourceRepository: inputs.sourceRepository } : {}),
      context: inputs.htmlFile !== '',
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.baseline ? { baseline: inputs.baseline } : {}),
    },
    { workerScript: workerScript(import.meta.url), log: (line) => core.info(line) },
  );
  core.info(`Checked ${result.filesChecked} file(s) on ${result.threads} thread(s)`);
  const { findings, stale, failed } = result.reported;
  const failOn = result.failOn;
  if (stale.length > 0) notes.push(`${stale.length} baseline entries no longer occur: run \`loclint --write-baseline ${inputs.baseline}\` to shrink the baseline.`);
  const outcome: Outcome = { findings, filesChecked: result.filesChecked, failed, notes };
  const headSha = isCommitSha(event.payload.pull_request?.head?.sha) ? event.payload.pull_request.head.sha : event.sha;

  // What needs no network comes first, each part on its own: a slow or failing API loses none of it.
  const summaryWritten = await writeLocalReports(outcome, inputs, event, workspace, headSha);
  const counts = countBySeverity(findings);
  if (failed) core.setFailed(`loclint: ${counts.error} error(s), ${counts.warning} warning(s) in ${result.filesChecked} file(s) (fail-on: ${failOn})`);
  if (inputs.checkRun) await publish(outcome, github, event, headSha, summaryWritten);
  if (inputs.suggestions) await publishSuggestions(outcome, inputs, github, event, headSha, changeSet, workspace);
}

interface Outcome {
  findings: Finding[];
  filesChecked: number;
  failed: boolean;
  notes: string[];
}

/** Runs one part of the reporting; a failure is one line of the log, never the end of the run. */
function attempt(what: string, write: () => void, level: 'warning' | 'error' = 'warning'): boolean {
  try {
    write();
    return true;
  } catch (error) {
    const message = `Could not write ${what}: ${(error as Error).message}`;
    if (level === 'error') core.setFailed(message);
    else core.warning(message);
    return false;
  }
}

function writeSummary(outcome: Outcome, event: RunnerEvent, headSha: string, unsentAnnotations = 0): Promise<boolean> {
  const blobBase = `${event.serverUrl}/${event.owner}/${event.repo}/blob/${headSha}`;
  return core.summary
    .emptyBuffer()
    .addRaw(jobSummary({ findings: outcome.findings, filesChecked: outcome.filesChecked, source: { blobBase }, notes: outcome.notes, unsentAnnotations }))
    .write({ overwrite: true })
    .then(
      () => true,
      (error: unknown) => {
        core.warning(`Could not write the job summary (GITHUB_STEP_SUMMARY): ${(error as Error).message}`);
        return false;
      },
    );
}

/** Annotations, SARIF, the job summary and the outputs; resolves to whether the summary was written. */
async function writeLocalReports(outcome: Outcome, inputs: Inputs, event: RunnerEvent, workspace: string, headSha: string): Promise<boolean> {
  if (inputs.annotations) emitAnnotations(outcome.findings);
  const outputs: [string, string | number][] = [];
  if (inputs.sarifFile) {
    const path = resolve(workspace, inputs.sarifFile);
    // The SARIF file was asked for and a later step uploads it: not writing it fails the step.
    if (attempt(`the SARIF file ${path}`, () => writeFileSync(path, formatSarif(outcome.findings, VERSION)), 'error')) outputs.push(['sarif-file', path]);
  }
  if (inputs.htmlFile) {
    const path = resolve(workspace, inputs.htmlFile);
    if (attempt(`the HTML report ${path}`, () => writeFileSync(path, formatHtml({ findings: outcome.findings, filesChecked: outcome.filesChecked })))) outputs.push(['html-file', path]);
  }
  const summaryWritten = inputs.summary ? writeSummary(outcome, event, headSha) : Promise.resolve(false);
  const counts = countBySeverity(outcome.findings);
  outputs.push(['errors', counts.error], ['warnings', counts.warning], ['files-checked', outcome.filesChecked]);
  attempt('the step outputs (GITHUB_OUTPUT)', () => {
    for (const [name, value] of outputs) core.setOutput(name, value);
  });
  return summaryWritten;
}

/** The check run, after everything else is written: how GitHub answers changes no verdict. */
async function publish(outcome: Outcome, github: GitHubClient | null, event: RunnerEvent, headSha: string, summaryWritten: boolean): Promise<void> {
  if (github === null) {
    core.warning('No token: no check run was created. Annotations, the job summary and SARIF carry every finding.');
    return;
  }
  try {
    const run = await publishCheckRun(github.octokit, { owner: event.owner, repo: event.repo, headSha, ...outcome });
    if (run.annotationsNotSent === 0) return;
    const note = annotationsNotSentNote(run.annotationsNotSent, outcome.findings.length);
    core.warning(`${note} (${run.problem})`);
    // The summary, written before the check run, is written again with the count.
    if (summaryWritten) await writeSummary(outcome, event, headSha, run.annotationsNotSent);
  } catch (error) {
    const wait = github.refusedWait();
    // Fork pull requests get a read-only token: 403 "Resource not accessible by integration".
    const why = wait === null ? requestProblem(error) : `GitHub's rate limit asks to wait ${wait} s, longer than the ${MAX_RATE_LIMIT_WAIT_S} s loclint waits`;
    core.warning(`Could not publish the check run (${why}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`);
  }
}

/** A checked file's decoded text read again for its suggestions, through the same reader and boundary as the check. */
function textsOf(workspace: string): (file: string) => { text: string; hadBom: boolean } | null {
  const reader = new TreeReader(DEFAULT_MAX_FILE_BYTES, boundaryOf(workspace, []));
  return (file) => {
    try {
      const decoded = decodeUtf8(reader.read(resolve(workspace, file)));
      return decoded.problems.length > 0 ? null : { text: decoded.text, hadBom: decoded.hadBom };
    } catch {
      return null;
    }
  };
}

/** The review of suggested fixes, last: like the check run, how GitHub answers changes no verdict and loses no finding. */
async function publishSuggestions(outcome: Outcome, inputs: Inputs, github: GitHubClient | null, event: RunnerEvent, headSha: string, changeSet: ChangeSet | null, workspace: string): Promise<void> {
  const pullNumber = Number(event.payload.pull_request?.number);
  if (!Number.isSafeInteger(pullNumber) || pullNumber <= 0) {
    core.info('Suggestions are posted on pull requests only: this event is not one.');
    return;
  }
  const fixable = outcome.findings.filter((f) => f.fix !== undefined).length;
  if (github === null || changeSet === null || changeSet.lines === null) {
    if (fixable > 0) core.warning(`No review of suggestions was posted (${github === null ? 'no token' : 'the changed lines are not known'}): the ${fixable} fixable finding(s) stay annotations.`);
    return;
  }
  const plan = planSuggestions(outcome.findings, changeSet.lines, textsOf(workspace), inputs.maxSuggestions);
  try {
    const result = await publishReview(github.octokit, { owner: event.owner, repo: event.repo, pullNumber, headSha, plan, limit: inputs.maxSuggestions });
    core.info(`Review of suggestions: ${result.action}; ${result.posted} posted, ${result.kept} kept, ${result.removed} removed; ${plan.outside} fixable finding(s) outside the changed lines stay annotations`);
  } catch (error) {
    const wait = github.refusedWait();
    // A fork's read-only token cannot write reviews: 403 "Resource not accessible by integration".
    const why = wait === null ? requestProblem(error) : `GitHub's rate limit asks to wait ${wait} s, longer than the ${MAX_RATE_LIMIT_WAIT_S} s loclint waits`;
    core.warning(`Could not post the review of suggestions (${why}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`);
  }
}

tuneV8();
run().catch((error: unknown) => {
  if (error instanceof ConfigError) core.setFailed(`loclint: ${error.message}`);
  else core.setFailed(`loclint failed: ${(error as Error).stack ?? String(error)}`);
});
