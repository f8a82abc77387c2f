// Pull requests replayed in a copy of a corpus folder, for `npm run bench`: the folder copied to a
// temporary git repository (its base commit on `main`), and one branch per pull request size, each
// editing that many translated articles as a localization handoff does. The bundled action is then
// run on a branch as a runner runs it: its event, GITHUB_* environment and a local stand-in for the
// GitHub API (on a thread of its own, so that it answers while the bench waits on the action).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parse } from 'yaml';
import { markdownFiles, root } from './load-src.mjs';

const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' };
const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv, maxBuffer: 1 << 28 }).trim();

/** The text of a translation unit the edit changes: the first `data-ttu-id` span's content. */
const UNIT_TEXT = /(<span data-ttu-id="[^"]*">)([^<]+)/;

/**
 * The corpus copied and committed, with a branch `pr-<n>` for each size: n translated files (spread
 * over the tree, one per article) whose first unit's translation is edited. Returns the workspace
 * and, per size, the base and head commits.
 */
export function replayRepository(folder, sizes) {
  const workspace = mkdtempSync(join(tmpdir(), 'loclint-bench-pr-'));
  cpSync(folder, workspace, { recursive: true });
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, '-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  const files = markdownFiles(workspace).filter((path) => UNIT_TEXT.test(readFileSync(path, 'utf8')));
  const heads = {};
  for (const n of sizes) {
    git(workspace, 'checkout', '-q', '-b', `pr-${n}`, base);
    // Evenly spaced over the sorted tree: a handoff touches articles across folders and locales.
    const chosen = Array.from({ length: n }, (_, i) => files[Math.floor(((i + 0.5) * files.length) / n)]);
    for (const path of chosen) writeFileSync(path, readFileSync(path, 'utf8').replace(UNIT_TEXT, '$1$2 '));
    git(workspace, 'add', '-A');
    git(workspace, '-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', `${n} file(s)`);
    heads[n] = { base, head: git(workspace, 'rev-parse', 'HEAD'), files: chosen.map((p) => relative(workspace, p)) };
  }
  return { workspace, heads, checkout: (n) => git(workspace, 'checkout', '-q', `pr-${n}`) };
}

/** The stand-in for api.github.com: check runs are created and updated, nothing else is asked. */
const FAKE_API = `
import { createServer } from 'node:http';
import { parentPort } from 'node:worker_threads';
const server = createServer(async (req, res) => {
  for await (const _ of req);
  const created = req.method === 'POST' && /\\/check-runs$/.test(req.url);
  res.writeHead(created ? 201 : 200, { 'content-type': 'application/json' }).end('{"id":42}');
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

/** Starts the API stand-in; resolves to its URL and a function that stops it. */
export async function fakeGitHub() {
  const worker = new Worker(FAKE_API, { eval: true });
  const port = await new Promise((resolve) => worker.once('message', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => worker.terminate() };
}

/** Inputs as a runner sets them from action.yml's defaults (the token is the runner's). */
function inputEnvironment() {
  const { inputs } = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const env = {};
  for (const [name, input] of Object.entries(inputs)) {
    const value = String(input.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value.includes('${{') ? '' : value;
  }
  return env;
}

/** The environment and event file of a pull_request run on the given commits. */
export function runnerEnvironment(workspace, { base, head }, apiUrl) {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'loclint-bench-runner-'));
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } } }));
  const output = join(runnerTemp, 'output');
  const summary = join(runnerTemp, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/docs',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: runnerTemp,
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...inputEnvironment(),
    INPUT_TOKEN: 'ghs_bench',
  };
}
