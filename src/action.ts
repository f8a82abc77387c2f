import { resolve } from 'node:path';
import * as core from '@actions/core';
import { API_FILE_LIMIT, changesFromApiFiles, changesFromGit, type ChangeSet, type PullRequestFile } from './changes/changes.js';
import { changedRange, isCommitSha, type RunnerEvent } from './changes/event.js';
import type { FileChange } from './changes/git.js';
import { ConfigError } from './config/config.js';
import { runPipeline } from './engine/pipeline.js';
import { octokitFor, type GitHubClient } from './publish/github-client.js';
import { publishAll, type Outcome, type PublishContext, type PublishSettings } from './publish/publish.js';
import { countBySeverity, type FailLevel } from './findings/finding.js';
import { requestProblem } from './report/checks.js';
import { parseShard } from './layout/shard.js';
import { boundaryOf, DEFAULT_MAX_FILE_BYTES, TreeReader } from './engine/read.js';
import { decodeUtf8 } from './document/text.js';

interface Inputs extends PublishSettings {
  paths: string[];
  config: string;
  failOn: FailLevel | undefined;
  token: string;
  onlyChangedLines: boolean;
  sourceLocale: string | undefined;
  checkExternalLinks: boolean;
  baseline: string;
  /** `I/N`, or empty. */
  shard: string;
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

/**
 * Which files this event asks to check: a pull request's or push's changes, else (null) everything
 * under `paths`, with a note saying why. `started` is git's first diff of the event's commits.
 */
async function changeSetFor(start: ActionStart, inputs: Inputs, githubLoading: Promise<GitHubClient | null>, notes: string[]): Promise<ChangeSet | null> {
  const { workspace, event, started } = start;
  const payload = event.payload;
  const log = (message: string) => core.info(message);
  const range = changedRange(event);
  if (payload.pull_request) {
    if (range !== null) {
      const fromGit = await changesFromGit({ cwd: workspace, ...range, withLines: inputs.onlyChangedLines || inputs.suggestions, log, ...(started && { started }) });
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
  return range !== null ? changesFromGit({ cwd: workspace, ...range, withLines: inputs.onlyChangedLines, log, ...(started && { started }) }) : null;
}

/** What the entry point (src/main.ts) hands the action: read, and begun, before the action loaded. */
export interface ActionStart {
  workspace: string;
  event: RunnerEvent;
  /** git's diff of the event's commits (changedRange), begun by the entry point; null when it names none. */
  started: Promise<FileChange[] | null> | null;
  /** The bundle's worker entry, beside the entry point (src/runtime.ts: workerScript). */
  workerScript: URL | undefined;
}

async function run(start: ActionStart): Promise<void> {
  const { workspace, event } = start;
  const inputs = readInputs();
  if (event.problem) {
    core.warning(event.problem);
    // @actions/github parses the event file again when it loads, and throws on a malformed one.
    delete process.env.GITHUB_EVENT_PATH;
  }
  const notes: string[] = [];
  // Octokit loads while git lists the changes, and only once git has started: import() compiles
  // Octokit's modules before it returns, which would hold back git's start by that long.
  const githubLoading = Promise.resolve(inputs.token).then((token) => (token ? octokitFor(token) : null));
  // Awaited below, where a failure to load ends the run as before; until then it is not unhandled.
  githubLoading.catch(() => undefined);
  const changeSet = await changeSetFor(start, inputs, githubLoading, notes);
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
    { workerScript: start.workerScript, log: (line) => core.info(line) },
  );
  core.info(`Checked ${result.filesChecked} file(s) on ${result.threads} thread(s)`);
  const { findings, stale, failed } = result.reported;
  const failOn = result.failOn;
  if (stale.length > 0) notes.push(`${stale.length} baseline entries no longer occur: run \`loclint --write-baseline ${inputs.baseline}\` to shrink the baseline.`);
  const outcome: Outcome = { findings, filesChecked: result.filesChecked, failed, notes };
  const pullNumber = Number(event.payload.pull_request?.number);
  const context: PublishContext = {
    settings: inputs,
    workspace,
    owner: event.owner,
    repo: event.repo,
    serverUrl: event.serverUrl,
    headSha: isCommitSha(event.payload.pull_request?.head?.sha) ? event.payload.pull_request.head.sha : event.sha,
    pullNumber: Number.isSafeInteger(pullNumber) && pullNumber > 0 ? pullNumber : null,
    github,
    changedLines: changeSet?.lines ?? null,
    texts: textsOf(workspace),
  };
  const counts = countBySeverity(findings);
  await publishAll(outcome, context, () => {
    if (failed) core.setFailed(`loclint: ${counts.error} error(s), ${counts.warning} warning(s) in ${result.filesChecked} file(s) (fail-on: ${failOn})`);
  });
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

/** Runs the action; its failure fails the step, with the configuration's message or the error's stack. */
export function runAction(start: ActionStart): Promise<void> {
  return run(start).catch((error: unknown) => {
    if (error instanceof ConfigError) core.setFailed(`loclint: ${error.message}`);
    else core.setFailed(`loclint failed: ${(error as Error).stack ?? String(error)}`);
  });
}
