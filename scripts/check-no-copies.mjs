// Checks that no committed file was copied from the corpus (default ../shared/corpus, or
// $LOCLINT_CORPUS, or the first argument): no committed file has the git blob id of a corpus file,
// and no committed text file shares a run of --min characters (default 200) with a corpus file.
// Line ends are compared as LF, and UTF-16 files (told by their byte-order mark) as text.
// Prints each finding and exits 1 when there is one.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const minAt = args.indexOf('--min');
const MIN_RUN = minAt === -1 ? 200 : Number(args.splice(minAt, 2)[1]);
const corpus = args[0] ?? process.env.LOCLINT_CORPUS ?? join(root, '..', 'shared', 'corpus');

// A run of MIN_RUN characters holds a whole window of WINDOW characters that starts at a multiple
// of STEP in the corpus file, so corpus windows are sampled every STEP characters and the
// committed text is hashed at every position.
const STEP = Math.floor(MIN_RUN / 2);
const WINDOW = MIN_RUN - STEP + 1;
// Two rolling hashes (products stay below 2^53); a hit is confirmed by comparing the text.
const BASE = 65_599;
const MOD_A = 1_000_000_007;
const MOD_B = 998_244_353;
const LOW_BITS = 4096;
/** Occurrences kept per window; a window repeated more often is boilerplate, and is counted. */
const MAX_PLACES = 256;
const NUL = 0;
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** The text of a file for comparison, or null for a binary file. */
function textOf(bytes) {
  if (bytes[0] === UTF16LE_BOM[0] && bytes[1] === UTF16LE_BOM[1]) return new TextDecoder('utf-16le').decode(bytes).replaceAll('\r\n', '\n');
  if (bytes[0] === UTF16BE_BOM[0] && bytes[1] === UTF16BE_BOM[1]) return new TextDecoder('utf-16be').decode(bytes).replaceAll('\r\n', '\n');
  if (bytes.includes(NUL)) return null;
  return new TextDecoder().decode(bytes).replaceAll('\r\n', '\n');
}

const blobId = (bytes) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

function* filesUnder(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) yield* filesUnder(path);
    else if (stat.isFile()) yield path;
  }
}

/** The power of BASE that drops a window's first character from each hash. */
let dropA = 1;
let dropB = 1;
for (let i = 1; i < WINDOW; i++) {
  dropA = (dropA * BASE) % MOD_A;
  dropB = (dropB * BASE) % MOD_B;
}

/** The two hashes of the window at start. */
function hashAt(text, start) {
  let a = 0;
  let b = 0;
  for (let i = start; i < start + WINDOW; i++) {
    a = (a * BASE + text.charCodeAt(i)) % MOD_A;
    b = (b * BASE + text.charCodeAt(i)) % MOD_B;
  }
  return { a, b };
}

/** The hashes of the window one character on, from those of the window at start. */
function roll({ a, b }, text, start) {
  const out = text.charCodeAt(start);
  const into = text.charCodeAt(start + WINDOW);
  return {
    a: ((((a - ((out * dropA) % MOD_A) + MOD_A) % MOD_A) * BASE) + into) % MOD_A,
    b: ((((b - ((out * dropB) % MOD_B) + MOD_B) % MOD_B) * BASE) + into) % MOD_B,
  };
}

const keyOf = ({ a, b }) => a * LOW_BITS + (b % LOW_BITS);

// Committed files: their blob ids from the index, and their text.
const committed = execFileSync('git', ['ls-files', '-s', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  .split('\0')
  .filter(Boolean)
  .map((line) => {
    const [meta, path] = line.split('\t');
    return { blob: meta.split(' ')[1], path };
  });
const byBlob = new Map(committed.map((f) => [f.blob, f.path]));

const problems = [];
const corpusTexts = [];
const places = new Map();
let repeated = 0;
let corpusFiles = 0;
for (const path of filesUnder(corpus)) {
  corpusFiles++;
  const bytes = readFileSync(path);
  const same = bytes.length > 0 ? byBlob.get(blobId(bytes)) : undefined;
  if (same) problems.push(`${same}: same blob as ${relative(corpus, path)}`);
  const text = textOf(bytes);
  if (text === null || text.length < WINDOW) continue;
  const index = corpusTexts.push({ path, text }) - 1;
  for (let start = 0; start + WINDOW <= text.length; start += STEP) {
    const key = keyOf(hashAt(text, start));
    const list = places.get(key);
    if (!list) places.set(key, [index, start]);
    else if (list.length < 2 * MAX_PLACES) list.push(index, start);
    else repeated++;
  }
}

/** The length of the common run through text[i] and other[j], and where it starts in text. */
function runThrough(text, i, other, j) {
  let back = 0;
  while (i - back > 0 && j - back > 0 && text[i - back - 1] === other[j - back - 1]) back++;
  let ahead = 0;
  while (i + ahead < text.length && j + ahead < other.length && text[i + ahead] === other[j + ahead]) ahead++;
  return { start: i - back, length: back + ahead };
}

let checked = 0;
/** Hits on a window kept at only MAX_PLACES of its places: a longer run elsewhere could be missed. */
let unverified = 0;
for (const { path } of committed) {
  let text;
  try {
    text = textOf(readFileSync(join(root, path)));
  } catch {
    continue; // deleted in the work tree
  }
  if (text === null || text.length < WINDOW) continue;
  checked++;
  let hash = hashAt(text, 0);
  for (let start = 0; start + WINDOW <= text.length; ) {
    const list = places.get(keyOf(hash));
    let reach = 0;
    if (list) {
      for (let k = 0; k < list.length; k += 2) {
        const other = corpusTexts[list[k]];
        const run = runThrough(text, start, other.text, list[k + 1]);
        if (run.length >= MIN_RUN && run.start + run.length > reach) {
          problems.push(`${path}: ${run.length} characters from offset ${run.start} are in ${relative(corpus, other.path)}: ${JSON.stringify(text.slice(run.start, run.start + 60))}…`);
          reach = run.start + run.length;
        }
      }
      if (reach === 0 && list.length === 2 * MAX_PLACES) unverified++;
    }
    if (reach > start) {
      // Go on past the reported run.
      start = reach;
      if (start + WINDOW <= text.length) hash = hashAt(text, start);
    } else {
      if (start + WINDOW < text.length) hash = roll(hash, text, start);
      start++;
    }
  }
}

for (const problem of problems) console.log(problem);
console.log(
  `${committed.length} committed files (${checked} text files compared) against ${corpusFiles} corpus files in ${corpus}: ` +
    `${problems.length} problem(s) (same blob, or a shared run of ${MIN_RUN}+ characters); ${repeated} corpus windows past ${MAX_PLACES} places not kept, ${unverified} committed windows matched only such a window`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
