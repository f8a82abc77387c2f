// The floor loclint is measured against: read every Markdown file under the given folders and
// scan it once with one regular expression. Nothing less can check the files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const unit = /data-ttu-id="([^"]*)"/g;
let files = 0;
let units = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.md')) {
      files++;
      for (const _ of readFileSync(path, 'utf8').matchAll(unit)) units++;
    }
  }
};
for (const arg of process.argv.slice(2)) {
  if (arg.endsWith('.md')) {
    files++;
    for (const _ of readFileSync(arg, 'utf8').matchAll(unit)) units++;
  } else walk(arg);
}
console.log(`${files} files, ${units} units`);
