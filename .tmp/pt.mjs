import { loadSource, markdownFiles } from '../scripts/load-src.mjs';
import { readFileSync } from 'node:fs';
const m = await loadSource("export { parseDocument } from './src/document/document.ts'; export { parseTarget } from './src/document/targets.ts'; export { localeOfPath, asLocale } from './src/layout/locale.ts';");
const targets = [];
for (const f of markdownFiles('/work/shared/corpus/alchemy')) { const d = m.parseDocument(f, readFileSync(f, 'utf8')); for (const l of d.links) targets.push(l.target); }
const uniq = [...new Set(targets)];
console.log('links', targets.length, 'unique', uniq.length);
// fresh pattern arrays so the cache is cold each round
for (let r = 0; r < 5; r++) {
  const pats = [];
  let t = performance.now();
  for (const raw of uniq) m.parseTarget(raw, pats);
  const cold = performance.now() - t;
  t = performance.now();
  for (const raw of targets) m.parseTarget(raw, pats);
  console.log('round', r, 'uncached (unique)', cold.toFixed(1), 'ms; all (cached)', (performance.now() - t).toFixed(1), 'ms');
}
