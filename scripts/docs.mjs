// Writes docs/rules.md, schema/loclint.schema.json and the README's generated parts from the registries.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource, root } from './load-src.mjs';

const { readmeWithGenerated, rulesMarkdown, schemaJson } = await loadSource("export { rulesMarkdown, schemaJson } from './src/config/docs.ts'; export { readmeWithGenerated } from './src/config/readme.ts';");
mkdirSync(join(root, 'docs'), { recursive: true });
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'docs', 'rules.md'), rulesMarkdown());
writeFileSync(join(root, 'schema', 'loclint.schema.json'), schemaJson());
const readme = join(root, 'README.md');
writeFileSync(readme, readmeWithGenerated(readFileSync(readme, 'utf8')));
