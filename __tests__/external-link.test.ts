import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/config.js';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import { checkUrls } from '../src/external/check-urls.js';
import { externalLink } from '../src/rules/external-link.js';
import type { Finding } from '../src/findings/finding.js';
import { END_TO_END, FakeGitHub, pullRequestRepo, runAction } from './action-harness.js';
import { tree } from './helpers.js';

let server: Server;
let base: string;
const hits = new Map<string, number>();
let redirectTarget = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/ok') res.writeHead(200).end('ok');
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (path === '/busy') {
      // First a rate limit with Retry-After, then success: the checker must wait and retry.
      if (hits.get(path) === 1) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(200).end('ok');
    } else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/to-other') res.writeHead(302, { location: redirectTarget }).end();
    else if (path === '/hang') {
      // Never answers: the client's timeout must end it.
    } else res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('checkUrls against local servers', () => {
  it('reads 200, 404, a redirect, a 429 with Retry-After and a hang, asking once for a URL listed twice', async () => {
    hits.clear();
    const urls = ['/ok', '/missing', '/moved', '/busy', '/hang', '/ok'].map((p) => base + p);
    // The deadline ends the hang; the other answers come well within it even on a busy machine.
    const results = await checkUrls(urls, { timeoutMs: 5000, retries: 0, concurrency: 4, allowPrivate: true });
    expect(Object.fromEntries([...results].map(([url, r]) => [url.slice(base.length), [r.ok, r.status]]))).toEqual({
      '/ok': [true, 200],
      '/missing': [false, 404],
      '/moved': [true, 200],
      '/busy': [true, 200],
      '/hang': [false, 0],
    });
    expect(hits.get('/busy')).toBe(2);
    expect(hits.get('/ok')).toBe(2); // once itself, once as the redirect's target
  });

  it('stops following a redirect loop after ten hops and counts it as no success', async () => {
    hits.clear();
    const results = await checkUrls([`${base}/loop`], { retries: 0, allowPrivate: true });
    expect(results.get(`${base}/loop`)).toMatchObject({ ok: false, status: 302 });
    // The first request and ten hops, all HEAD (a redirect is not a failure that calls for GET).
    expect(hits.get('/loop')).toBe(11);
  });

  it('keeps good answers in the cache and asks again about bad ones', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'loclint-cache-'));
    hits.clear();
    await checkUrls([`${base}/ok`, `${base}/missing`], { cacheDir, retries: 0, allowPrivate: true });
    const missingFirst = hits.get('/missing')!;
    await checkUrls([`${base}/ok`, `${base}/missing`], { cacheDir, retries: 0, allowPrivate: true });
    expect(hits.get('/ok')).toBe(1);
    expect(hits.get('/missing')).toBe(2 * missingFirst);
  });
});

describe('external-link', () => {
  it('reports a broken link at its target in every file that has it, and nothing without --check-external', async () => {
    const article = (n: number) => `# Page ${n}\n\nSee [good](${base}/ok) and [bad](${base}/missing#part).\n`;
    const root = tree({ 'zh-CN/a.md': article(1), 'ja-JP/a.md': article(2) });
    const { files } = collectFiles(['.'], root);
    hits.clear();
    const config = { ...defaultConfig(), externalLinks: { retries: 0, allowPrivate: true } };
    const { findings } = await lintFiles(files, { cwd: root, config, rules: [externalLink], checkExternalLinks: true });
    const column = article(1).split('\n')[2]!.indexOf(`${base}/missing`) + 1;
    expect(findings.map((f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      `ja-JP/a.md:3:${column} warning \`${base}/missing\` answers HTTP 404`,
      `zh-CN/a.md:3:${column} warning \`${base}/missing\` answers HTTP 404`,
    ]);
    // One URL in two files and two locales: checked once (HEAD, then GET when HEAD fails).
    expect(hits.get('/missing')).toBeLessThanOrEqual(2);
    const offline = await lintFiles(files, { cwd: root, rules: [externalLink] });
    expect(offline.findings).toEqual([]);
  });
});

describe('external requests go only to public addresses', () => {
  let other: Server;
  let otherBase: string;
  const otherHits: string[] = [];
  beforeAll(async () => {
    // A second service on another loopback address, where a redirect from the first one points.
    other = createServer((req, res) => {
      otherHits.push(req.url ?? '/');
      res.writeHead(200).end('secret');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.2', resolve));
    otherBase = `http://127.0.0.2:${(other.address() as { port: number }).port}`;
    redirectTarget = `${otherBase}/metadata`;
  });
  afterAll(() => {
    other.closeAllConnections();
    other.close();
  });

  const port = () => base.slice(base.lastIndexOf(':') + 1);

  it('refuses loopback in every notation, asking nothing of the server, and reaches it with allow-private', async () => {
    const hosts = ['127.0.0.1', '0x7f000001', '2130706433', '0177.0.0.1', '127.1', '0x7f.1', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', 'localhost', '[::1]', '0.0.0.0', '[::]'];
    const urls = hosts.map((h) => `http://${h}:${port()}/ok`);
    hits.clear();
    const refused = await checkUrls(urls, { retries: 0, timeoutMs: 2000 });
    expect([...refused.values()].map((s) => s.refused)).toEqual(hosts.map(() => 'host'));
    expect(hits.size).toBe(0);
    const allowed = await checkUrls([`http://0x7f000001:${port()}/ok`], { retries: 0, allowPrivate: true });
    expect([...allowed.values()]).toMatchObject([{ ok: true, status: 200 }]);
    expect(hits.get('/ok')).toBe(1);
  });

  it('checks every redirect hop: a permitted host redirecting to another internal one is not followed', async () => {
    otherHits.length = 0;
    const narrow = await checkUrls([`${base}/to-other`], { retries: 0, allowPrivate: ['127.0.0.1/32'] });
    expect(narrow.get(`${base}/to-other`)).toMatchObject({ ok: false, status: 0, refused: 'redirect' });
    expect(otherHits).toEqual([]);
    const wide = await checkUrls([`${base}/to-other`], { retries: 0, allowPrivate: true });
    expect(wide.get(`${base}/to-other`)).toMatchObject({ ok: true, status: 200 });
    expect(otherHits).toEqual(['/metadata']);
  });

  it('connects to the address it checked: a DNS answer that changes after the check does not get through', async () => {
    otherHits.length = 0;
    hits.clear();
    // The first answer is permitted, every later one names the other service.
    let answers = 0;
    const resolve: NonNullable<Parameters<typeof checkUrls>[1]>['resolve'] = (_host, _options, callback) =>
      callback(null, [{ address: answers++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }]);
    const url = `http://rebinding.test:${port()}/ok`;
    const results = await checkUrls([url], { retries: 0, allowPrivate: ['127.0.0.1/32'], resolve });
    expect(results.get(url)).toMatchObject({ ok: true, status: 200 });
    expect(hits.get('/ok')).toBe(1);
    expect(answers).toBe(1);
    expect(otherHits).toEqual([]);
    // A name whose answers include a non-public address is refused, even beside a permitted one.
    const mixed: typeof resolve = (_host, _options, callback) =>
      callback(null, [
        { address: '127.0.0.1', family: 4 },
        { address: '169.254.169.254', family: 4 },
      ]);
    const refused = await checkUrls([url], { retries: 0, allowPrivate: ['127.0.0.1/32'], resolve: mixed });
    expect(refused.get(url)).toMatchObject({ refused: 'host' });
  });

  it('collects the links to request through the read stage: not from a file behind a link out of the tree, nor from a FIFO', async () => {
    const root = tree({ 'outside/a.md': `[out](${base}/outside)\n`, 'repo/zh-CN/a.md': `[in](${base}/ok)\n` });
    const repo = join(root, 'repo');
    symlinkSync(join(root, 'outside', 'a.md'), join(repo, 'zh-CN', 'leak.md'));
    execFileSync('mkfifo', [join(repo, 'zh-CN', 'pipe.md')]);
    const { files } = collectFiles(['.'], repo);
    hits.clear();
    const config = { ...defaultConfig(), externalLinks: { retries: 0, allowPrivate: true as const } };
    const { findings } = await lintFiles(files, { cwd: repo, config, checkExternalLinks: true, cacheDir: mkdtempSync(join(tmpdir(), 'loclint-cache-')) });
    expect([...hits.keys()]).toEqual(['/ok']);
    expect(findings.filter((f) => f.rule === 'file-unreadable').map((f) => f.file)).toEqual(['zh-CN/leak.md', 'zh-CN/pipe.md']);
  });

  it('reports a refused link as a finding that names no answer', async () => {
    const root = tree({ 'zh-CN/a.md': `# A\n\nSee [meta](http://169.254.169.254/latest/meta-data/) and [local](${base}/ok).\n` });
    const { files } = collectFiles(['.'], root);
    hits.clear();
    const { findings } = await lintFiles(files, { cwd: root, config: { ...defaultConfig(), externalLinks: { retries: 0 } }, rules: [externalLink], checkExternalLinks: true });
    expect(findings.map((f) => f.message)).toEqual([
      '`http://169.254.169.254/latest/meta-data/` was not requested: its host is not a public address (`external-links.allow-private` permits intranet hosts)',
      `\`${base}/ok\` was not requested: its host is not a public address (\`external-links.allow-private\` permits intranet hosts)`,
    ]);
    expect(hits.size).toBe(0);
  });
});

describe('the external-link cache', () => {
  it('trusts only entries a run could have written: good, well-formed, dated in the past, within the age allowed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'loclint-cache-'));
    const now = Date.now();
    const hour = 3_600_000;
    const entries: Record<string, unknown> = {
      '/fresh': { ok: true, status: 200, checkedAt: now - hour },
      '/future': { ok: true, status: 200, checkedAt: now + 1000 * 24 * hour },
      '/old': { ok: true, status: 200, checkedAt: now - 25 * hour },
      '/bad-status': { ok: true, status: 'ok', checkedAt: now - hour },
      '/no-date': { ok: true, status: 200 },
      '/failed': { ok: false, status: 404, checkedAt: now - hour },
      '/not-an-object': 'ok',
    };
    writeFileSync(join(cacheDir, 'external-links.json'), JSON.stringify(Object.fromEntries(Object.entries(entries).map(([path, entry]) => [base + path, entry]))));
    hits.clear();
    await checkUrls(Object.keys(entries).map((path) => base + path), { cacheDir, retries: 0, allowPrivate: true, maxAgeHours: 24 });
    expect([...hits.keys()].sort()).toEqual(['/bad-status', '/failed', '/future', '/no-date', '/not-an-object', '/old']);
    // A max-age beyond the bound does not bring back a year-old entry.
    writeFileSync(join(cacheDir, 'external-links.json'), JSON.stringify({ [`${base}/ok`]: { ok: true, status: 200, checkedAt: now - 365 * 24 * hour } }));
    hits.clear();
    await checkUrls([`${base}/ok`], { cacheDir, retries: 0, allowPrivate: true, maxAgeHours: 100 * 365 * 24 });
    expect(hits.get('/ok')).toBe(1);
  });
});

describe('the bundled action with check-external-links', END_TO_END, () => {
  it('refuses a link to the runner itself by default, requests it with allow-private, and caches the answer in the workspace', async () => {
    const api = await new FakeGitHub().start();
    try {
      const page = `# 新\n\nSee [status](${base}/ok).\n`;
      const repo = pullRequestRepo({ 'README.md': '# Docs\n' }, { 'docs/zh-CN/new.md': page });
      hits.clear();
      const refused = await runAction(repo, api, { 'check-run': 'false', 'check-external-links': 'true' });
      expect(refused.stdout).toContain(`::warning title=loclint external-link,file=docs/zh-CN/new.md,line=3,`);
      expect(refused.stdout).toContain('was not requested: its host is not a public address');
      expect(hits.size).toBe(0);
      const intranet = pullRequestRepo({ 'README.md': '# Docs\n', '.loclint.yml': 'external-links: { allow-private: true }\n' }, { 'docs/zh-CN/new.md': page });
      const allowed = await runAction(intranet, api, { 'check-run': 'false', 'check-external-links': 'true' });
      expect(allowed.stdout).not.toContain('external-link');
      expect(hits.get('/ok')).toBe(1);
      const cache = join(intranet.workspace, '.loclint-cache', 'external-links.json');
      expect(existsSync(cache)).toBe(true);
      expect(JSON.parse(readFileSync(cache, 'utf8'))[`${base}/ok`]).toMatchObject({ ok: true, status: 200 });
    } finally {
      await api.stop();
    }
  });
});
