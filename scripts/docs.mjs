// Writes docs/rules.md and schema/loclint.schema.json from the rule registry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource, root } from './load-src.mjs';

const { rulesMarkdown, schemaJson } = await loadSource("export { rulesMarkdown, schemaJson } from './src/config/docs.ts';");
mkdirSync(join(root, 'docs'), { recursive: true });
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'docs', 'rules.md'), rulesMarkdown());
writeFileSync(join(root, 'schema', 'loclint.schema.json'), schemaJson());
