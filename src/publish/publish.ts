import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { ChangeSet } from '../changes/changes.js';
import { countBySeverity, type Finding } from '../findings/finding.js';
import { emitAnnotations } from '../report/annotations.js';
import { annotationsNotSentNote, publishCheckRun, requestProblem } from '../report/checks.js';
import { formatHtml } from '../report/html.js';
import { planSuggestions, publishReview } from '../report/review.js';
import { formatSarif } from '../report/sarif.js';
import { jobSummary } from '../report/summary.js';
import { VERSION } from '../version.js';
import { MAX_RATE_LIMIT_WAIT_S, type GitHubClient } from './github-client.js';

/** What a run found, as the publishers see it. */
export interface Outcome {
  findings: Finding[];
  filesChecked: number;
  failed: boolean;
  notes: string[];
}

/** The action's inputs that say what is published. */
export interface PublishSettings {
  annotations: boolean;
  sarifFile: string;
  htmlFile: string;
  summary: boolean;
  checkRun: boolean;
  suggestions: boolean;
  maxSuggestions: number;
}

/** Where the run happened and how GitHub is reached. */
export interface PublishContext {
  settings: PublishSettings;
  workspace: string;
  owner: string;
  repo: string;
  serverUrl: string;
  headSha: string;
  /** The pull request's number, or null on any other event. */
  pullNumber: number | null;
  /** Null without a token. */
  github: GitHubClient | null;
  /** Changed lines of each changed file; null when not known. */
  changedLines: ChangeSet['lines'];
  /** A checked file's decoded text read again through the check's reader, for suggestions. */
  texts: (file: string) => { text: string; hadBom: boolean } | null;
}

/** What publishers tell those after them. */
interface Published {
  summaryWritten: boolean;
}

/**
 * One way the action hands findings to GitHub. Local publishers (workflow commands, files, the
 * job summary) run before any remote one (the Checks and Pulls APIs), so that a slow or failing API
 * delays and loses none of them; no publisher's failure ends the run or changes its verdict.
 */
export interface Publisher {
  name: string;
  remote: boolean;
  enabled(settings: PublishSettings): boolean;
  publish(outcome: Outcome, context: PublishContext, published: Published): Promise<void> | void;
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

function writeSummary(outcome: Outcome, context: PublishContext, unsentAnnotations = 0): Promise<boolean> {
  const blobBase = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}`;
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

/** Why a request failed, in words; a rate-limit wait longer than loclint sits out says so. */
function apiProblem(github: GitHubClient, error: unknown): string {
  const wait = github.refusedWait();
  return wait === null ? requestProblem(error) : `GitHub's rate limit asks to wait ${wait} s, longer than the ${MAX_RATE_LIMIT_WAIT_S} s loclint waits`;
}

const annotations: Publisher = {
  name: 'annotations',
  remote: false,
  enabled: (s) => s.annotations,
  publish: (outcome) => emitAnnotations(outcome.findings),
};

/** SARIF, the HTML report and the step outputs, which name the files written. */
const files: Publisher = {
  name: 'files and outputs',
  remote: false,
  enabled: () => true,
  publish(outcome, { settings, workspace }) {
    const outputs: [string, string | number][] = [];
    if (settings.sarifFile) {
      const path = resolve(workspace, settings.sarifFile);
      // The SARIF file was asked for and a later step uploads it: not writing it fails the step.
      if (attempt(`the SARIF file ${path}`, () => writeFileSync(path, formatSarif(outcome.findings, VERSION)), 'error')) outputs.push(['sarif-file', path]);
    }
    if (settings.htmlFile) {
      const path = resolve(workspace, settings.htmlFile);
      if (attempt(`the HTML report ${path}`, () => writeFileSync(path, formatHtml({ findings: outcome.findings, filesChecked: outcome.filesChecked })))) outputs.push(['html-file', path]);
    }
    const counts = countBySeverity(outcome.findings);
    outputs.push(['errors', counts.error], ['warnings', counts.warning], ['files-checked', outcome.filesChecked]);
    attempt('the step outputs (GITHUB_OUTPUT)', () => {
      for (const [name, value] of outputs) core.setOutput(name, value);
    });
  },
};

const summary: Publisher = {
  name: 'job summary',
  remote: false,
  enabled: (s) => s.summary,
  async publish(outcome, context, published) {
    published.summaryWritten = await writeSummary(outcome, context);
  },
};

const checkRun: Publisher = {
  name: 'check run',
  remote: true,
  enabled: (s) => s.checkRun,
  async publish(outcome, context, published) {
    const { github } = context;
    if (github === null) {
      core.warning('No token: no check run was created. Annotations, the job summary and SARIF carry every finding.');
      return;
    }
    try {
      const run = await publishCheckRun(github.octokit, { owner: context.owner, repo: context.repo, headSha: context.headSha, ...outcome });
      if (run.annotationsNotSent === 0) return;
      core.warning(`${annotationsNotSentNote(run.annotationsNotSent, outcome.findings.length)} (${run.problem})`);
      // The summary, written before the check run, is written again with the count.
      if (published.summaryWritten) await writeSummary(outcome, context, run.annotationsNotSent);
    } catch (error) {
      // Fork pull requests get a read-only token: 403 "Resource not accessible by integration".
      core.warning(`Could not publish the check run (${apiProblem(github, error)}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`);
    }
  },
};

const suggestions: Publisher = {
  name: 'review of suggestions',
  remote: true,
  enabled: (s) => s.suggestions,
  async publish(outcome, context) {
    const { github, changedLines, pullNumber } = context;
    if (pullNumber === null) {
      core.info('Suggestions are posted on pull requests only: this event is not one.');
      return;
    }
    const fixable = outcome.findings.filter((f) => f.fix !== undefined).length;
    if (github === null || changedLines === null) {
      if (fixable > 0) core.warning(`No review of suggestions was posted (${github === null ? 'no token' : 'the changed lines are not known'}): the ${fixable} fixable finding(s) stay annotations.`);
      return;
    }
    const limit = context.settings.maxSuggestions;
    const plan = planSuggestions(outcome.findings, changedLines, context.texts, limit);
    try {
      const result = await publishReview(github.octokit, { owner: context.owner, repo: context.repo, pullNumber, headSha: context.headSha, plan, limit });
      core.info(`Review of suggestions: ${result.action}; ${result.posted} posted, ${result.kept} kept, ${result.removed} removed; ${plan.outside} fixable finding(s) outside the changed lines stay annotations`);
    } catch (error) {
      // A fork's read-only token cannot write reviews: 403 "Resource not accessible by integration".
      core.warning(`Could not post the review of suggestions (${apiProblem(github, error)}). Annotations, the job summary and SARIF carry every finding; the pass/fail decision is unchanged.`);
    }
  },
};

/** The one list of the action's publishers, in the order they run within local and remote. */
export const publishers: readonly Publisher[] = [annotations, files, summary, checkRun, suggestions];

/**
 * Runs the enabled publishers, local ones first; `beforeRemote` runs between them (the action
 * sets its verdict there, so that no answer of GitHub's delays or changes it).
 */
export async function publishAll(outcome: Outcome, context: PublishContext, beforeRemote: () => void, list: readonly Publisher[] = publishers): Promise<void> {
  const published: Published = { summaryWritten: false };
  const enabled = list.filter((p) => p.enabled(context.settings));
  const run = async (p: Publisher) => {
    try {
      await p.publish(outcome, context, published);
    } catch (error) {
      core.warning(`Could not publish the ${p.name}: ${(error as Error).message}`);
    }
  };
  for (const p of enabled) if (!p.remote) await run(p);
  beforeRemote();
  for (const p of enabled) if (p.remote) await run(p);
}
