// Prints N findings drawn at random, stratified by rule (each rule in turn gives one until N are
// drawn), each with the unit it is in: translation and source side by side, so that a person can
// judge them quickly. Not a test.
//   npm run corpus:sample -- N [--seed S] [--report loclint.json] [paths…]
// Without --report it runs loclint over the paths (default: ../shared/corpus/seccomp, or
// $LOCLINT_CORPUS/seccomp). The same seed over the same findings draws the same sample.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generator, loadSource, root } from './load-src.mjs';

const SHOWN = 400;

function parseArguments(argv) {
  const options = { count: 60, seed: 1, report: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--report') options.report = argv[++i];
    else if (/^\d+$/.test(arg) && options.paths.length === 0 && i === 0) options.count = Number(arg);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths.push(join(process.env.LOCLINT_CORPUS ?? join(root, '..', 'shared', 'corpus'), 'seccomp'));
  return options;
}

function runLoclint(paths) {
  try {
    return execFileSync(process.execPath, [join(root, 'bin', 'loclint.js'), '--format', 'json', '--fail-on', 'never', ...paths], { maxBuffer: 1 << 30, encoding: 'utf8' });
  } catch (error) {
    if (error.stdout) return error.stdout;
    throw error;
  }
}

function stratified(findings, count, random) {
  const byRule = new Map();
  for (const f of findings) {
    if (!byRule.has(f.rule)) byRule.set(f.rule, []);
    byRule.get(f.rule).push(f);
  }
  const pools = [...byRule.keys()].sort().map((rule) => byRule.get(rule));
  const drawn = [];
  while (drawn.length < count && pools.some((p) => p.length > 0)) {
    for (const pool of pools) {
      if (pool.length === 0 || drawn.length >= count) continue;
      drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    }
  }
  return drawn;
}

/** One line for the terminal: line ends shown as ⏎, long text cut. */
function shown(text) {
  const flat = text.replace(/\r?\n/g, ' ⏎ ');
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN)}…` : flat;
}

const options = parseArguments(process.argv.slice(2));
const report = JSON.parse(options.report ? readFileSync(options.report, 'utf8') : runLoclint(options.paths));
const { parseDocument } = await loadSource("export { parseDocument } from './src/document/document.ts';");
const sample = stratified(report.findings, options.count, generator(options.seed));
const documents = new Map();
console.log(`${sample.length} of ${report.findings.length} findings (seed ${options.seed}), stratified by rule\n`);
sample.forEach((f, n) => {
  if (!documents.has(f.file)) documents.set(f.file, parseDocument(f.file, readFileSync(f.file, 'utf8')));
  const doc = documents.get(f.file);
  const offset = doc.lines.lineStart(f.line) + f.column - 1;
  // The innermost unit whose tags or source hold the finding.
  let unit = null;
  for (const s of doc.segments) if (s.ttu.tagStart <= offset && offset < (s.stu?.end ?? s.ttu.end)) unit = s;
  console.log(`#${n + 1} ${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}\n   ${f.message}`);
  if (unit === null) {
    const lineEnd = doc.text.indexOf('\n', doc.lines.lineStart(f.line));
    console.log(`   line: ${shown(doc.text.slice(doc.lines.lineStart(f.line), lineEnd === -1 ? undefined : lineEnd))}`);
  } else {
    console.log(`   T ${unit.id}: ${shown(doc.text.slice(unit.ttu.contentStart, unit.ttu.contentEnd))}`);
    console.log(`   S ${unit.id}: ${unit.stu ? shown(doc.text.slice(unit.stu.contentStart, unit.stu.contentEnd)) : '(no source unit)'}`);
  }
  console.log('');
});
