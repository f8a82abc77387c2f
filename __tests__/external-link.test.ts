import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/config.js';
import { collectFiles, lintFiles } from '../src/engine.js';
import { checkUrls } from '../src/external/check-urls.js';
import { externalLink } from '../src/rules/external-link.js';
import type { Finding } from '../src/findings/finding.js';
import { tree } from './helpers.js';

let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/ok') res.writeHead(200).end('ok');
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (path === '/busy') {
      // First a rate limit with Retry-After, then success: linkinator must wait and retry.
      if (hits.get(path) === 1) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(200).end('ok');
    } else if (path === '/hang') {
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

describe('checkUrls (linkinator against local servers)', () => {
  it('reads 200, 404, a redirect, a 429 with Retry-After and a hang, asking once for a URL listed twice', async () => {
    hits.clear();
    const urls = ['/ok', '/missing', '/moved', '/busy', '/hang', '/ok'].map((p) => base + p);
    const results = await checkUrls(urls, { timeoutMs: 300, retries: 0, concurrency: 4 });
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

  it('keeps good answers in the cache and asks again about bad ones', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'loclint-cache-'));
    hits.clear();
    await checkUrls([`${base}/ok`, `${base}/missing`], { cacheDir, retries: 0 });
    const missingFirst = hits.get('/missing')!;
    await checkUrls([`${base}/ok`, `${base}/missing`], { cacheDir, retries: 0 });
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
    const config = { ...defaultConfig(), externalLinks: { retries: 0 } };
    const { findings } = await lintFiles(files, { cwd: root, config, rules: [externalLink], checkExternalLinks: true });
    const column = article(1).split('\n')[2]!.indexOf(`${base}/missing`) + 1;
    expect(findings.map((f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      `ja-JP/a.md:3:${column} warning \`${base}/missing\` answers HTTP 404`,
      `zh-CN/a.md:3:${column} warning \`${base}/missing\` answers HTTP 404`,
    ]);
    // One URL in two files and two locales: checked once (HEAD, then GET as linkinator does on failure).
    expect(hits.get('/missing')).toBeLessThanOrEqual(2);
    const offline = await lintFiles(files, { cwd: root, rules: [externalLink] });
    expect(offline.findings).toEqual([]);
  });
});
