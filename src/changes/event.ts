import { readFileSync } from 'node:fs';

/** The part of a webhook payload loclint reads. */
export interface EventPayload {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
  before?: string;
  after?: string;
}

export interface RunnerEvent {
  name: string;
  payload: EventPayload;
  /** GITHUB_SHA: for pull requests the merge commit, not the head. */
  sha: string;
  owner: string;
  repo: string;
  serverUrl: string;
  /** Why the event file could not be read, when it could not: the run then checks every file. */
  problem: string | null;
}

/** A full commit id, the only form a SHA from the event may take before it reaches git. */
export const isCommitSha = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{40}$/.test(value);

/**
 * The event a runner hands the action, read from its environment as @actions/github's `context`
 * does; read here so that a run needing no API call does not load Octokit.
 */
export function runnerEvent(env: NodeJS.ProcessEnv = process.env): RunnerEvent {
  let payload: EventPayload = {};
  let problem: string | null = null;
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) payload = parsed as EventPayload;
      else problem = 'holds no JSON object';
    } catch (error) {
      problem = error instanceof SyntaxError ? 'is not JSON' : `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
  if (typeof payload.pull_request !== 'object' || payload.pull_request === null) delete payload.pull_request;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    problem: problem && `The event file (GITHUB_EVENT_PATH) ${problem}: every file under \`paths\` is checked.`,
  };
}

/** Two commits whose changes a run checks: those from their merge base to `head`. */
export interface CommitRange {
  base: string;
  head: string;
}

/**
 * The commits an event's changes lie between: a pull request's base and head, or a push's before
 * and after (not a new branch's all-zero before); null when it names none, or not as commit ids.
 */
export function changedRange({ name, payload }: RunnerEvent): CommitRange | null {
  if (payload.pull_request) {
    const base = payload.pull_request.base?.sha;
    const head = payload.pull_request.head?.sha;
    return isCommitSha(base) && isCommitSha(head) ? { base, head } : null;
  }
  const { before, after } = payload;
  return name === 'push' && isCommitSha(before) && !/^0+$/.test(before) && isCommitSha(after) ? { base: before, head: after } : null;
}
