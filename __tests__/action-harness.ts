import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const repoRoot = join(import.meta.dirname, '..');

/**
 * For tests that start node, git or the bundled action: sized for a 2-core CI machine whose cores
 * are both busy (such a test takes a few seconds idle), never a measure of speed.
 */
export const END_TO_END = { timeout: 240_000 };

export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } }).trim();
}

function writeTree(root: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    if (text === null) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
}

export interface PullRequestRepo {
  /** The bare-ish origin the workspace was cloned from. */
  origin: string;
  workspace: string;
  base: string;
  head: string;
}

/**
 * A real repository with a base commit on `main` and a head commit on `feature`, pushed to an
 * origin; the workspace is a clone of `feature` (shallow when asked, as actions/checkout makes it).
 */
export function pullRequestRepo(base: Record<string, string>, head: Record<string, string | null>, options: { shallow?: boolean } = {}): PullRequestRepo {
  const origin = mkdtempSync(join(tmpdir(), 'loclint-origin-'));
  gitIn(origin, 'init', '-q', '-b', 'main');
  gitIn(origin, 'config', 'user.email', 'test@example.com');
  gitIn(origin, 'config', 'user.name', 'test');
  gitIn(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  writeTree(origin, base);
  gitIn(origin, 'add', '-A');
  gitIn(origin, 'commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = gitIn(origin, 'rev-parse', 'HEAD');
  gitIn(origin, 'checkout', '-q', '-b', 'feature');
  writeTree(origin, head);
  gitIn(origin, 'add', '-A');
  gitIn(origin, 'commit', '-q', '--allow-empty', '-m', 'head');
  const headSha = gitIn(origin, 'rev-parse', 'HEAD');
  const workspace = mkdtempSync(join(tmpdir(), 'loclint-ws-'));
  const depth = options.shallow ? ['--depth=1'] : [];
  gitIn(tmpdir(), 'clone', '-q', ...depth, '--branch', 'feature', '--no-local', `file://${origin}`, workspace);
  return { origin, workspace, base: baseSha, head: headSha };
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
}

/** An answer: JSON `body`, or `raw` text as it is; null never answers (the connection stays open). */
type Answer = { status: number; body?: unknown; raw?: string; headers?: Record<string, string> } | null;
type Responder = (request: RecordedRequest, count: number) => Answer;

/** Where the running action writes what a runner reads back. */
export interface RunnerFiles {
  output: string;
  summary: string;
}

/** A stand-in for api.github.com on 127.0.0.1 that records every request. */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private server: Server | null = null;
  private responders: [RegExp, Responder][] = [];
  url = '';
  /** The files of the action running now, so that a responder can see what it wrote before asking. */
  runnerFiles: RunnerFiles | null = null;

  constructor() {
    this.on(/^POST \/repos\/[^/]+\/[^/]+\/check-runs$/, () => ({ status: 201, body: { id: 42 } }));
    this.on(/^PATCH \/repos\/[^/]+\/[^/]+\/check-runs\/\d+$/, () => ({ status: 200, body: { id: 42 } }));
  }

  /** Answers requests whose `METHOD /path` matches; the latest registration wins. */
  on(pattern: RegExp, responder: Responder): this {
    this.responders.unshift([pattern, responder]);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer(async (req: IncomingMessage, res) => {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const request: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', body: raw ? JSON.parse(raw) : null };
      this.requests.push(request);
      const key = `${request.method} ${request.path.replace(/\?.*$/, '')}`;
      const match = this.responders.find(([pattern]) => pattern.test(key));
      const count = this.requests.filter((r) => `${r.method} ${r.path.replace(/\?.*$/, '')}` === key).length;
      const answer = match ? match[1](request, count) : { status: 404, body: { message: 'Not Found' } };
      if (answer === null) return;
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.raw ?? JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as { port: number }).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  checkRunRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes('/check-runs'));
  }
}

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Inputs as a runner sets them: every default from action.yml, then the workflow's `with:`. */
function inputEnvironment(overrides: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = name in overrides ? overrides[name]! : String(input.default ?? '');
    // The runner substitutes `${{ github.token }}`; with no token it is empty.
    env[`INPUT_${name.toUpperCase()}`] = value.includes('${{') ? '' : value;
  }
  return env;
}

export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/** Runs the bundled dist/index.js as GitHub's runner would, for a pull_request event (or `event`: an object, or the file's text). */
export async function runAction(
  repo: PullRequestRepo,
  api: FakeGitHub,
  inputs: Record<string, string> = {},
  event: object | string | null = null,
  eventName = 'pull_request',
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'loclint-runner-'));
  const eventPath = join(runnerTemp, 'event.json');
  const pullRequest = {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: repo.base }, head: { ref: 'feature', sha: repo.head } },
    repository: { name: 'docs', owner: { login: 'octo' }, full_name: 'octo/docs' },
  };
  writeFileSync(eventPath, typeof event === 'string' ? event : JSON.stringify(event ?? pullRequest));
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  api.runnerFiles = { output: outputFile, summary: summaryFile };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: repo.workspace,
    GITHUB_REPOSITORY: 'octo/docs',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...inputEnvironment({ token: 'ghs_fake', ...inputs }),
    ...extraEnv,
  };
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    // A hung action is ended when the test's time is up, not left running.
    execFile(process.execPath, [join(repoRoot, 'dist', 'index.js')], { cwd: repo.workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: END_TO_END.timeout }, (error, out) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: out }),
    );
  });
  return { code, stdout, outputs: readOutputs(outputFile), summary: readFileSync(summaryFile, 'utf8') };
}

/** A small article of our own in the real format (clean front matter, a title unit), then `body`: its units from line 16 on. */
export const printerArticle = (body: string) => `---
title: 添加打印机
ms.author: writer
author: writer
ms.date: 03/01/2021
ms.topic: article
ms.openlocfilehash: 0123456789abcdef0123456789abcdef01234567
ms.sourcegitcommit: 89abcdef0123456789abcdef0123456789abcdef
ms.translationtype: HT
ms.contentlocale: zh-CN
ms.lasthandoff: 03/01/2021
ms.locfileid: "41234567"
---
# <a name="add-a-printer"></a><span data-ttu-id="7a1b2-101">添加打印机</span><span class="sxs-lookup"><span data-stu-id="7a1b2-101">Add a printer</span></span>

${body}
`;
