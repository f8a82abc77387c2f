// Runs loclint over ../shared/corpus (when present) and prints findings per rule, wall time and
// peak memory. Not a test: the corpus is not part of this repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.LOCLINT_CORPUS ?? join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}: set LOCLINT_CORPUS to a folder of localized docs.`);
  process.exit(0);
}
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['alchemy', 'enterprise'].map((d) => join(corpus, d));
const started = process.hrtime.bigint();
let stdout;
try {
  stdout = execFileSync(process.execPath, [join(root, 'bin', 'loclint.js'), '--format', 'json', ...targets], { maxBuffer: 1 << 30, encoding: 'utf8' });
} catch (error) {
  if (error.status !== 1) throw error;
  stdout = error.stdout;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const report = JSON.parse(stdout);
const perRule = new Map();
for (const f of report.findings) {
  const key = `${f.rule} (${f.severity})`;
  perRule.set(key, (perRule.get(key) ?? 0) + 1);
}
console.log(`${report.files} files, ${report.findings.length} findings, ${seconds.toFixed(2)} s wall (node ${process.version})`);
for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(7)}  ${rule}`);
