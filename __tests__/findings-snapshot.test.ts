import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles, lintFiles } from '../src/engine.js';
import { fixturesDir } from './helpers.js';

const snapshot = join(fixturesDir, 'expected-findings.json');

/**
 * Every finding over the committed corpus excerpts, as reviewed. Speed work must leave it
 * unchanged; a rule change that alters it rewrites it with LOCLINT_UPDATE_SNAPSHOT=1 and the
 * diff is reviewed in the commit.
 */
describe('findings over the fixture corpus', () => {
  it('are exactly the reviewed ones', async () => {
    const root = join(fixturesDir, 'corpus');
    const { files } = collectFiles(['.'], root);
    const { findings } = await lintFiles(files, { cwd: root });
    const text = JSON.stringify(findings, null, 1) + '\n';
    if (process.env.LOCLINT_UPDATE_SNAPSHOT) writeFileSync(snapshot, text);
    expect(text).toBe(readFileSync(snapshot, 'utf8'));
  });
});
