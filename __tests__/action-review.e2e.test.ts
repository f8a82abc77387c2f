import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { END_TO_END, FakeGitHub, gitIn, printerArticle, pullRequestRepo, runAction, type PullRequestRepo, type RecordedRequest } from './action-harness.js';
import { requestProblems } from './openapi.js';

// The review of suggested fixes, end to end: the bundled action, a real git repository, and a
// stand-in for GitHub's pulls API that keeps reviews and comments as GitHub does.

const UNIT = (id: number, translation: string, source: string) =>
  `<span data-ttu-id="7a1b2-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="7a1b2-${id}">${source}</span></span>`;

/** The article with units 102–104 translated as `units`; their source is bold. */
const article = (units: [string, string, string]) =>
  printerArticle(`${UNIT(102, units[0], 'Select **Settings**.')}

${UNIT(103, units[1], 'Select **Printers**.')}

${UNIT(104, units[2], 'Select **Add**.')}`);
// Lines of units 102, 103 and 104.
const LINE = { 102: 16, 103: 18, 104: 20 };
const good: [string, string, string] = ['选择 **设置**。', '选择 **打印机**。', '选择 **添加**。'];
const escaped = (word: string) => `选择 \\*\\*${word}\\*\\*。`;
const PATH = 'docs/zh-CN/printer.md';

interface StoredComment {
  id: number;
  pull_request_review_id: number;
  path: string;
  body: string;
  line: number | null;
  start_line: number | null;
  commit_id: string;
}

/** Reviews and review comments as GitHub keeps them for pull request 7. */
class PullsApi {
  reviews: { id: number; body: string; user: { login: string; type: string }; commit_id: string; state: string }[] = [];
  comments: StoredComment[] = [];
  private nextId = 100;

  constructor(readonly api: FakeGitHub) {
    const pulls = '^(?:GET|POST|PUT|DELETE|PATCH) /repos/octo/docs/pulls';
    api.on(new RegExp(`${pulls}/7/reviews$`), (r) => (r.method === 'GET' ? { status: 200, body: this.reviews } : this.create(r)));
    api.on(new RegExp(`${pulls}/7/reviews/\\d+$`), (r) => this.update(r));
    api.on(new RegExp(`${pulls}/7/comments$`), () => ({ status: 200, body: this.comments.map((c) => ({ ...c, user: { login: 'github-actions[bot]', type: 'Bot' } })) }));
    api.on(new RegExp(`${pulls}/comments/\\d+$`), (r) => {
      const id = Number(r.path.split('/').at(-1));
      this.comments = this.comments.filter((c) => c.id !== id);
      return { status: 204, raw: '' };
    });
  }

  private create(request: RecordedRequest) {
    const id = this.nextId++;
    const { body, commit_id, comments } = request.body as { body: string; commit_id: string; comments: { path: string; body: string; line: number; start_line?: number }[] };
    this.reviews.push({ id, body, commit_id, user: { login: 'github-actions[bot]', type: 'Bot' }, state: 'COMMENTED' });
    for (const c of comments) this.comments.push({ id: this.nextId++, pull_request_review_id: id, path: c.path, body: c.body, line: c.line, start_line: c.start_line ?? null, commit_id });
    return { status: 200, body: this.reviews.at(-1) };
  }

  private update(request: RecordedRequest) {
    const review = this.reviews.find((r) => r.id === Number(request.path.split('/').at(-1)));
    if (!review) return { status: 404, body: { message: 'Not Found' } };
    review.body = request.body.body;
    return { status: 200, body: review };
  }

  /** What GitHub does to a comment whose lines a later commit changed. */
  outdate(line: number): void {
    for (const c of this.comments) if (c.line === line) c.line = null;
  }

  requests(): RecordedRequest[] {
    return this.api.requests.filter((r) => r.path.includes('/pulls'));
  }
}

let api: FakeGitHub;
afterEach(async () => api?.stop());

const noProblems = (requests: readonly RecordedRequest[]) => expect(requests.flatMap((r) => requestProblems(r.method, r.path, r.body))).toEqual([]);
const warnings = (stdout: string, pattern: RegExp) => stdout.split('\n').filter((line) => line.startsWith('::warning') && pattern.test(line));
const calls = (requests: readonly RecordedRequest[]) => requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')}`);

/** A further commit on the pull request's branch, made in the workspace as a push would bring it. */
function commitOnBranch(repo: PullRequestRepo, text: string): PullRequestRepo {
  writeFileSync(join(repo.workspace, PATH), text);
  gitIn(repo.workspace, 'add', '-A');
  gitIn(repo.workspace, '-c', 'user.email=test@example.com', '-c', 'user.name=test', 'commit', '-q', '-m', 'more');
  return { ...repo, head: gitIn(repo.workspace, 'rev-parse', 'HEAD') };
}

describe('the bundled action posting suggestions', END_TO_END, () => {
  it('posts one review with a suggestion on the changed line only; a re-run posts nothing twice and updates it after a commit', async () => {
    api = await new FakeGitHub().start();
    const pulls = new PullsApi(api);
    // Unit 103 is escaped already on main: a line the pull request does not change.
    const repo = pullRequestRepo({ [PATH]: article([good[0], escaped('打印机'), good[2]]) }, { [PATH]: article([escaped('设置'), escaped('打印机'), escaped('添加')]) });
    const first = await runAction(repo, api, { suggestions: 'true' });
    expect(first.code).toBe(0);
    // Every finding is still an annotation.
    expect(first.stdout.match(/^::warning title=loclint emphasis-parity/gm)).toHaveLength(3);
    expect(calls(pulls.requests())).toEqual(['GET /repos/octo/docs/pulls/7/reviews', 'POST /repos/octo/docs/pulls/7/reviews']);
    noProblems(pulls.requests());
    const posted = pulls.requests()[1]!.body;
    expect(posted).toMatchObject({ commit_id: repo.head, event: 'COMMENT' });
    expect(posted.body).toContain('<!-- loclint-review -->');
    expect(posted.body).toContain('suggests 2 fixes');
    expect(posted.body).toContain('1 fixable finding outside the changed lines stays an annotation');
    expect(posted.comments.map((c: { path: string; line: number; side: string }) => [c.path, c.line, c.side])).toEqual([
      [PATH, LINE[102], 'RIGHT'],
      [PATH, LINE[104], 'RIGHT'],
    ]);
    expect(posted.comments[0].body).toContain(`\`\`\`suggestion\n${UNIT(102, good[0], 'Select **Settings**.')}\n\`\`\``);

    // The same run again: the suggestions are there already; nothing is posted or changed.
    const again = await runAction(repo, api, { suggestions: 'true' });
    expect(again.code).toBe(0);
    expect(calls(pulls.requests().slice(2))).toEqual(['GET /repos/octo/docs/pulls/7/reviews', 'GET /repos/octo/docs/pulls/7/comments']);
    expect(pulls.reviews).toHaveLength(1);

    // The author applies the suggestion on 104: GitHub marks that comment outdated; the review's text is updated, nothing posted.
    const applied = commitOnBranch(repo, article([escaped('设置'), escaped('打印机'), good[2]]));
    pulls.outdate(LINE[104]);
    const third = await runAction(applied, api, { suggestions: 'true' });
    expect(third.code).toBe(0);
    const thirdCalls = pulls.requests().slice(4);
    expect(calls(thirdCalls)).toEqual(['GET /repos/octo/docs/pulls/7/reviews', 'GET /repos/octo/docs/pulls/7/comments', `PUT /repos/octo/docs/pulls/7/reviews/${pulls.reviews[0]!.id}`]);
    noProblems(thirdCalls);
    expect(thirdCalls[2]!.body.body).toContain('suggests 1 fix on lines');
    expect(pulls.reviews).toHaveLength(1);
    expect(pulls.comments).toHaveLength(2);
  });

  it('deletes a suggestion no longer made, and posts only new ones, in one review', async () => {
    api = await new FakeGitHub().start();
    const pulls = new PullsApi(api);
    const repo = pullRequestRepo({ [PATH]: article(good) }, { [PATH]: article([escaped('设置'), good[1], good[2]]) });
    await runAction(repo, api, { suggestions: 'true' });
    expect(pulls.comments.map((c) => c.line)).toEqual([LINE[102]]);
    // A commit fixes 102 another way and escapes 103; the stand-in keeps the old comment current, as GitHub does for a line it can still place.
    const next = commitOnBranch(repo, article(['选择**设置**。', escaped('打印机'), good[2]]));
    const run = await runAction(next, api, { suggestions: 'true' });
    expect(run.code).toBe(0);
    const later = pulls.requests().slice(2);
    noProblems(later);
    expect(calls(later)).toEqual([
      'GET /repos/octo/docs/pulls/7/reviews',
      'GET /repos/octo/docs/pulls/7/comments',
      `DELETE /repos/octo/docs/pulls/comments/${pulls.reviews[0]!.id + 1}`,
      'POST /repos/octo/docs/pulls/7/reviews',
    ]);
    expect(pulls.comments.map((c) => c.line)).toEqual([LINE[103]]);
  });

  it('caps the suggestions at max-suggestions and says how many more there are', async () => {
    api = await new FakeGitHub().start();
    const pulls = new PullsApi(api);
    const repo = pullRequestRepo({ [PATH]: article(good) }, { [PATH]: article([escaped('设置'), escaped('打印机'), escaped('添加')]) });
    await runAction(repo, api, { suggestions: 'true', 'max-suggestions': '2' });
    noProblems(pulls.requests());
    const posted = pulls.requests()[1]!.body;
    expect(posted.comments).toHaveLength(2);
    expect(posted.body).toContain('1 more fixable finding on changed lines is not suggested here (at most 2 suggestions');
  });

  it('with a read-only token (403) warns once; every finding stays an annotation and the verdict is unchanged', async () => {
    api = await new FakeGitHub().start();
    const pulls = new PullsApi(api);
    api.on(/^POST \/repos\/octo\/docs\/pulls\/7\/reviews$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const repo = pullRequestRepo({ [PATH]: article(good) }, { [PATH]: article([escaped('设置'), good[1], good[2]]) });
    const run = await runAction(repo, api, { suggestions: 'true', 'fail-on': 'warning' });
    expect(run.code).toBe(1);
    expect(warnings(run.stdout, /review/)).toEqual([expect.stringContaining('Could not post the review of suggestions (403: Resource not accessible by integration)')]);
    expect(warnings(run.stdout, /emphasis-parity/)).toHaveLength(1);
    expect(run.outputs.warnings).toBe('1');
    // Asked once: a 403 is not retried.
    expect(calls(pulls.requests()).filter((c) => c.startsWith('POST'))).toHaveLength(1);
    expect(api.checkRunRequests()[0]!.body.output.annotations).toHaveLength(1);
  });

  it('posts nothing when suggestions are off (the default)', async () => {
    api = await new FakeGitHub().start();
    const pulls = new PullsApi(api);
    const repo = pullRequestRepo({ [PATH]: article(good) }, { [PATH]: article([escaped('设置'), good[1], good[2]]) });
    const run = await runAction(repo, api);
    expect(run.code).toBe(0);
    expect(pulls.requests()).toEqual([]);
  });
});
