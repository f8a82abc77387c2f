import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown, schemaJson } from '../src/config/docs.js';
import { readmeWithGenerated } from '../src/config/readme.js';
import { allRuleMeta, rules } from '../src/rules/index.js';

const repo = join(import.meta.dirname, '..');

describe('generated documentation', () => {
  it('docs/rules.md and schema/loclint.schema.json are what the registry generates (npm run docs)', () => {
    expect(readFileSync(join(repo, 'docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown());
    expect(readFileSync(join(repo, 'schema', 'loclint.schema.json'), 'utf8')).toBe(schemaJson());
  });

  it("the README's rule count and format table are what the registries generate (npm run docs)", () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(readme).toBe(readmeWithGenerated(readme));
    expect(readme).toContain(`<!-- generated: rule-count -->${rules.length} rules<!-- /generated -->`);
    expect(readmeWithGenerated('<!-- generated: formats -->stale<!-- /generated -->')).toContain('| `sarif` |');
  });

  it('documents every rule with a failing and a passing example, and lists every rule in the schema', () => {
    const doc = rulesMarkdown();
    for (const rule of rules) {
      expect(rule.examples, rule.id).toBeDefined();
      expect(doc).toContain(`## ${rule.id}\n`);
    }
    const schema = JSON.parse(schemaJson());
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(allRuleMeta.map((r) => r.id).sort());
  });
});
