import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../src/config/config.js';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import { externalLink } from '../src/rules/external-link.js';
import { tree } from './helpers.js';

/** How often each file is parsed in this test's runs. */
const parsed = vi.hoisted(() => new Map<string, number>());
vi.mock('../src/document/document.js', async (original) => {
  const module = await original<typeof import('../src/document/document.js')>();
  return {
    ...module,
    parseDocument: (...args: Parameters<typeof module.parseDocument>) => {
      parsed.set(args[0], (parsed.get(args[0]) ?? 0) + 1);
      return module.parseDocument(...args);
    },
  };
});

let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    res.writeHead(req.url === '/ok' ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('the external-link check', () => {
  it('parses each file once, and requests only the links whose findings the filter would keep', async () => {
    const root = tree({
      'zh-CN/a.md': `# A\n\n[good](${base}/ok) [bad](${base}/missing)\n`,
      // The rule is off here: its links are not asked about.
      'ja-JP/a.md': `# A\n\n[x](${base}/where-off)\n`,
      'de-DE/a.md': `# A\n\n<!-- loclint-disable-next-line external-link -->\n[x](${base}/suppressed)\n`,
    });
    const { files } = collectFiles(['.'], root);
    const config = { ...defaultConfig(), externalLinks: { retries: 0, allowPrivate: true as const }, overrides: [{ files: ['ja-JP/**'], rules: new Map([['external-link', { severity: 'off' as const }]]) }] };
    parsed.clear();
    hits.length = 0;
    const { findings } = await lintFiles(files, { cwd: root, config, rules: [externalLink], checkExternalLinks: true, cacheDir: mkdtempSync(join(tmpdir(), 'loclint-cache-')) });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} ${typeof f.fingerprint}`)).toEqual([
      `zh-CN/a.md:3:${`[good](${base}/ok) [bad](`.length + 1} warning \`${base}/missing\` answers HTTP 404 string`,
    ]);
    expect([...parsed.values()]).toEqual([1, 1, 1]);
    expect([...new Set(hits)].sort()).toEqual(['/missing', '/ok']);
  });
});
