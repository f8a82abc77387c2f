import { reporters } from '../report/registry.js';
import { rules } from '../rules/index.js';

const GENERATED = /<!-- generated: ([a-z-]+)[^>]*-->[^]*?<!-- \/generated -->/g;

/** The README with its generated parts (the rule count, the report formats) brought up to date. */
export function readmeWithGenerated(readme: string): string {
  const parts: Record<string, string> = {
    'rule-count': `${rules.length} rules`,
    formats: ['', '| `--format` | report |', '|---|---|', ...reporters.map((r) => `| \`${r.name}\` | ${r.summary} |`), ''].join('\n'),
  };
  return readme.replace(GENERATED, (whole, name: string) => {
    const open = whole.slice(0, whole.indexOf('-->') + '-->'.length);
    if (!(name in parts)) throw new Error(`README: no generated part named ${name}`);
    return `${open}${parts[name]}<!-- /generated -->`;
  });
}
