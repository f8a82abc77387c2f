import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/engine/discover.js';
import { lintFiles } from '../src/engine/engine.js';
import { corpusDir, corpusFolder, fixturesDir } from './helpers.js';

const snapshot = join(fixturesDir, 'expected-findings.json');
/** The real folders the snapshot covers: every AlchemyInsights and Enterprise locale. */
const folders = ['alchemy', 'enterprise'];
const present = folders.every((folder) => corpusFolder(folder) !== null);

/**
 * Every finding over the real corpus folders, as reviewed, one finding a line. Speed work must
 * leave it unchanged; a rule change that alters it rewrites it with LOCLINT_UPDATE_SNAPSHOT=1 and
 * the diff is reviewed in the commit.
 */
describe('findings over the real corpus', () => {
  it.skipIf(!present)(`are exactly the reviewed ones in ${folders.join(' and ')}`, async () => {
    const { files } = collectFiles(folders, corpusDir);
    const { findings } = await lintFiles(files, { cwd: corpusDir });
    const text = `[\n${findings.map((f) => JSON.stringify(f)).join(',\n')}\n]\n`;
    if (process.env.LOCLINT_UPDATE_SNAPSHOT) writeFileSync(snapshot, text);
    expect(text).toBe(readFileSync(snapshot, 'utf8'));
  });
});
