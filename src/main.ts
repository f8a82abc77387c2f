import { globSync, writeFileSync } from 'node:fs';
import { matchesGlob, resolve } from 'node:path';
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import { API_FILE_LIMIT, changesFromApiFiles, changesFromGit, type ChangeSet, type PullRequestFile } from './changes/changes.js';
import { filesLinkingTo } from './changes/dependents.js';
import { runnerEvent, type RunnerEvent } from './changes/event.js';
import { ConfigError, findConfig } from './config/config.js';
import { displayPath, lintFiles } from './engine.js';
import { countBySeverity, meetsFailLevel, type FailLevel, type Finding } from './findings/finding.js';
import { applyBaseline, readBaseline } from './findings/baseline.js';
import { LocaleLayout } from './layout/layout.js';
import { filesOfShard, parseShard, type Shard } from './layout/shard.js';
import { emitAnnotations } from './report/annotations.js';
import { publishCheckRun } from './report/checks.js';
import { formatHtml } from './report/html.js';
import { formatSarif } from './report/sarif.js';
import { jobSummary } from './report/summary.js';
import { tuneV8, threadCount, workerScript } from './runtime.js';
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
  shard: Shard | null;
}

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
  const shard = shardText === '' ? null : parseShard(shardText);
  if (shardText !== '' && shard === null) throw new ConfigError(`input \`shard\` must be I/N with 1 ≤ I ≤ N, not \`${shardText}\``);
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
    shard,
  };
}

type Octokit = ReturnType<typeof getOctokit>;

/** Octokit is loaded only when there is a token to use it with. */
async function octokitFor(token: string): Promise<Octokit> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  return getOctokit(
    token,
    {
      throttle: {
        // Secondary and primary rate limits: wait as GitHub says, twice at most.
        onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2,
        onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2,
      },
    },
    retry,
    throttling,
  );
}

const matchesAny = (path: string, globs: readonly string[]) => globs.some((g) => matchesGlob(path, g));

/** Which files this event asks to check: a pull request's or push's changes, else everything under `paths`. */
async function changeSetFor(workspace: string, inputs: Inputs, octokit: Octokit | null, event: RunnerEvent): Promise<ChangeSet | null> {
  const payload = event.payload;
  const log = (message: string) => core.info(message);
  if (payload.pull_request) {
    const base = String(payload.pull_request.base?.sha ?? '');
    const head = String(payload.pull_request.head?.sha ?? '');
    const fromGit = await changesFromGit({ cwd: workspace, base, head, withLines: inputs.onlyChangedLines, log });
    if (fromGit) return fromGit;
    if (octokit === null) return null;
    core.warning('git could not diff the pull request (missing history); listing its files through the API instead');
    const files = await octokit.paginate<PullRequestFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: event.owner,
      repo: event.repo,
      pull_number: Number(payload.pull_request.number),
      per_page: 100,
    });
    return changesFromApiFiles(files.slice(0, API_FILE_LIMIT));
  }
  const before = String(payload.before ?? '');
  const after = String(payload.after ?? '');
  if (event.name === 'push' && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before)) {
    return changesFromGit({ cwd: workspace, base: before, head: after, withLines: inputs.onlyChangedLines, log });
  }
  return null;
}

function onChangedLines(findings: readonly Finding[], changes: ChangeSet): Finding[] {
  if (changes.lines === null) return [...findings];
  return findings.filter((f) => {
    const ranges = changes.lines!.get(f.file);
    return ranges === undefined || ranges.some((r) => f.line >= r.start && f.line <= r.end);
  });
}

/** The rules that speak about a file the pull request did not touch but whose links it broke. */
const LINK_RULES = new Set(['relative-link-missing', 'fragment-missing']);

export async function run(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const inputs = readInputs();
  const config = await findConfig(workspace, inputs.config);
  if (inputs.sourceLocale) config.sourceLocale = inputs.sourceLocale;
  const failOn = inputs.failOn ?? config.failOn;
  const octokit = inputs.token ? await octokitFor(inputs.token) : null;
  const notes: string[] = [];
  const selected = (path: string) => matchesAny(path, inputs.paths) && matchesAny(path, config.include) && !matchesAny(path, config.ignore);

  const event = runnerEvent();
  const changeSet = await changeSetFor(workspace, inputs, octokit, event);
  const everyFile = () =>
    globSync(inputs.paths, { cwd: workspace, exclude: ['**/node_modules/**', '**/.git/**'] })
      .filter(selected)
      .sort()
      .map((p) => resolve(workspace, p));
  let files: string[];
  let dependents: string[] = [];
  if (changeSet === null) {
    if (event.payload.pull_request) notes.push('No diff could be made (no history and no token): every file under `paths` was checked.');
    files = everyFile();
  } else {
    notes.push(...changeSet.notes);
    files = changeSet.changes.filter((c) => c.status !== 'removed' && selected(c.path)).map((c) => resolve(workspace, c.path));
    const gone = changeSet.changes.flatMap((c) => (c.status === 'removed' ? [c.path] : c.status === 'renamed' && c.previousPath ? [c.previousPath] : []));
    const checked = new Set(files);
    dependents = filesLinkingTo(gone, everyFile(), workspace).filter((p) => !checked.has(p));
    core.info(`${files.length} changed file(s) to check (via ${changeSet.via}); ${dependents.length} more link to removed files`);
  }
  if (inputs.shard) {
    const layout = new LocaleLayout(config.sourceLocale, [], workspace);
    files = filesOfShard(files, inputs.shard, layout, workspace);
    dependents = filesOfShard(dependents, inputs.shard, layout, workspace);
  }

  const result = await lintFiles([...files, ...dependents], {
    cwd: workspace,
    config,
    checkExternalLinks: inputs.checkExternalLinks,
    cacheDir: resolve(process.env.RUNNER_TEMP ?? workspace, 'loclint-cache'),
    threads: threadCount(),
    workerScript: workerScript(import.meta.url),
    context: inputs.htmlFile !== '',
  });
  core.info(`Checked ${result.filesChecked} file(s) on ${result.threads} thread(s)`);
  const dependentFiles = new Set(dependents.map((p) => displayPath(workspace, p)));
  let findings = result.findings.filter((f) => !dependentFiles.has(f.file) || LINK_RULES.has(f.rule));
  if (inputs.onlyChangedLines && changeSet !== null) findings = onChangedLines(findings, changeSet);
  if (inputs.baseline) {
    const { fresh, stale } = applyBaseline(findings, readBaseline(resolve(workspace, inputs.baseline)));
    findings = fresh;
    if (stale.length > 0) notes.push(`${stale.length} baseline entries no longer occur: run \`loclint --write-baseline ${inputs.baseline}\` to shrink the baseline.`);
  }
  const failed = findings.some((f) => meetsFailLevel(f.severity, failOn));

  await report({ findings, filesChecked: result.filesChecked, failed, notes }, inputs, octokit, event, workspace);

  const counts = countBySeverity(findings);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('files-checked', result.filesChecked);
  if (failed) core.setFailed(`loclint: ${counts.error} error(s), ${counts.warning} warning(s) in ${result.filesChecked} file(s) (fail-on: ${failOn})`);
}

interface Outcome {
  findings: Finding[];
  filesChecked: number;
  failed: boolean;
  notes: string[];
}

async function report({ findings, filesChecked, failed, notes }: Outcome, inputs: Inputs, octokit: Octokit | null, event: RunnerEvent, workspace: string) {
  if (inputs.annotations) emitAnnotations(findings);
  const headSha = String(event.payload.pull_request?.head?.sha ?? event.sha);
  if (inputs.checkRun) {
    if (octokit === null) core.warning('No token: no check run was created. Annotations, the job summary and SARIF carry every finding.');
    else {
      try {
        await publishCheckRun(octokit, { owner: event.owner, repo: event.repo, headSha, findings, filesChecked, failed, notes });
      } catch (error) {
        const status = (error as { status?: number }).status;
        // Fork pull requests get a read-only token: 403 "Resource not accessible by integration".
        core.warning(
          `Could not publish the check run (${status ?? 'error'}: ${(error as Error).message}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`,
        );
      }
    }
  }
  if (inputs.sarifFile) {
    const path = resolve(workspace, inputs.sarifFile);
    writeFileSync(path, formatSarif(findings, VERSION));
    core.setOutput('sarif-file', path);
  }
  if (inputs.htmlFile) {
    const path = resolve(workspace, inputs.htmlFile);
    try {
      writeFileSync(path, formatHtml({ findings, filesChecked }));
      core.setOutput('html-file', path);
    } catch (error) {
      core.warning(`Could not write the HTML report to ${inputs.htmlFile}: ${(error as Error).message}`);
    }
  }
  if (inputs.summary) {
    const blobBase = `${event.serverUrl}/${event.owner}/${event.repo}/blob/${headSha}`;
    await core.summary.addRaw(jobSummary({ findings, filesChecked, source: { blobBase }, notes })).write();
  }
}

tuneV8();
run().catch((error: unknown) => {
  if (error instanceof ConfigError) core.setFailed(`loclint: ${error.message}`);
  else core.setFailed(`loclint failed: ${(error as Error).stack ?? String(error)}`);
});
