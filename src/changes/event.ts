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
}

/**
 * The event a runner hands the action, read from its environment as @actions/github's `context`
 * does; read here so that a run needing no API call does not load Octokit.
 */
export function runnerEvent(env: NodeJS.ProcessEnv = process.env): RunnerEvent {
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch {
      // No event file: treated as an event without a diff.
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return { name: env.GITHUB_EVENT_NAME ?? '', payload, sha: env.GITHUB_SHA ?? '', owner, repo, serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com' };
}
