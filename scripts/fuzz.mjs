// Mutates real localized files and checks each mutant the way the engine checks a file (its siblings
// and source read from the corpus beside it), counting crashes, internal errors and slow files.
// Not a test: the corpus is not part of this repository.
//   npm run fuzz -- N [--seed S] [--corpus DIR]
// Exits 1 when a mutant crashed the engine, gave an internal-error finding or took over 2 s of CPU
// (CPU, not wall time: a busy machine slows every mutant alike); those mutants are written to
// $TMPDIR/loclint-fuzz-* to be replayed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generator, loadSource, markdownFiles, root } from './load-src.mjs';

const SLOW_MS = 2_000;

function parseArguments(argv) {
  const options = { count: 1_000, seed: 1, corpus: process.env.LOCLINT_CORPUS ?? join(root, '..', 'shared', 'corpus') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') options.seed = Number(argv[++i]);
    else if (argv[i] === '--corpus') options.corpus = argv[++i];
    else if (/^\d+$/.test(argv[i])) options.count = Number(argv[i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

/** What the format is made of: inserted, repeated or swapped in, these reach every scanner. */
const TOKENS = [
  '<span data-ttu-id="581fd-101">', '</span>', '<span class="sxs-lookup">', '<span data-stu-id="581fd-101">', '<span ', '<a name="x">', '</a>',
  '[', ']', '](', '] (', '\\]', '(', ')', '![', '`', '```', '\n```\n', '**', '*', '_', '\\*', '<', '>', '&amp;', '&lt;', '|', '\n|---|\n',
  '\n', '\r\n', '\n\n', '---\n', '\n---\n', ':', ': ', '"', "'", '&', '*a', '&a ', '{', '}', '> [!NOTE]\n', '<!--', '-->', '#', '\t', '\u200b', '\ufeff',
  'Get-Mailbox -Identity', '%s', '{0}', '<domain>', 'https://', '../', '.md', '#anchor',
];

function mutate(text, other, random) {
  const pick = (n) => Math.floor(random() * n);
  const at = () => pick(text.length + 1);
  const rounds = 1 + pick(4);
  for (let r = 0; r < rounds; r++) {
    const kind = pick(7);
    const a = at();
    const b = Math.min(text.length, a + pick(400));
    if (kind === 0) text = text.slice(0, a) + text.slice(b);
    else if (kind === 1) text = text.slice(0, a) + TOKENS[pick(TOKENS.length)] + text.slice(a);
    else if (kind === 2) text = text.slice(0, a) + TOKENS[pick(TOKENS.length)].repeat(1 + pick(2_000)) + text.slice(a);
    else if (kind === 3) text = text.slice(0, a) + text.slice(a, b).repeat(1 + pick(20)) + text.slice(a);
    else if (kind === 4) {
      const from = pick(other.length + 1);
      text = text.slice(0, a) + other.slice(from, from + pick(2_000)) + text.slice(b);
    } else if (kind === 5) text = text.slice(0, a);
    else {
      const c = pick(text.length + 1);
      text = text.slice(0, a) + String.fromCharCode(pick(0x3000)) + text.slice(Math.min(text.length, a + 1), c > a ? c : a + 1) + text.slice(Math.max(c, a + 1));
    }
  }
  return text;
}

const options = parseArguments(process.argv.slice(2));
if (!existsSync(options.corpus)) {
  console.log(`No corpus at ${options.corpus}: set LOCLINT_CORPUS or --corpus to a folder of localized docs.`);
  process.exit(0);
}
const { lintFiles } = await loadSource("export { lintFiles } from './src/engine/engine.ts';");
const files = [...markdownFiles(options.corpus)].filter((f) => !relative(options.corpus, f).startsWith('history')).sort();
const random = generator(options.seed);
const texts = new Map();
const textOf = (path) => {
  let text = texts.get(path);
  if (text === undefined) texts.set(path, (text = readFileSync(path, 'utf8')));
  return text;
};
const out = mkdtempSync(join(tmpdir(), 'loclint-fuzz-'));
const problems = { crashes: 0, internalErrors: 0, slow: 0 };
let slowest = { ms: 0, path: '' };
const started = performance.now();
for (let i = 0; i < options.count; i++) {
  const path = files[Math.floor(random() * files.length)];
  const other = textOf(files[Math.floor(random() * files.length)]);
  const text = mutate(textOf(path), other, random);
  const begin = process.cpuUsage();
  let kind = null;
  try {
    const { findings } = await lintFiles([path], { cwd: options.corpus, given: { path, text } });
    if (findings.some((f) => f.rule === 'internal-error')) kind = 'internalErrors';
  } catch (error) {
    kind = 'crashes';
    console.log(`crash on mutant ${i} of ${relative(options.corpus, path)}: ${error.stack}`);
  }
  const used = process.cpuUsage(begin);
  const ms = (used.user + used.system) / 1000;
  if (kind === null && ms > SLOW_MS) kind = 'slow';
  if (kind !== null) {
    problems[kind]++;
    writeFileSync(join(out, `${kind}-${i}.md`), text);
  }
  if (ms > slowest.ms) slowest = { ms, path: relative(options.corpus, path), i };
  if ((i + 1) % 10_000 === 0) console.log(`${i + 1} mutants, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
console.log(
  `${options.count} mutants of ${files.length} files (seed ${options.seed}): ${problems.crashes} crashes, ${problems.internalErrors} internal errors, ` +
    `${problems.slow} over ${SLOW_MS} ms of CPU; slowest ${slowest.ms.toFixed(0)} ms of CPU (mutant ${slowest.i} of ${slowest.path}); ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s in all${problems.crashes + problems.internalErrors + problems.slow > 0 ? `; mutants kept in ${out}` : ''}`,
);
process.exit(problems.crashes + problems.internalErrors + problems.slow > 0 ? 1 : 0);
