import { MAX_CACHE_AGE_HOURS } from '../external/limits.js';
import { allRuleMeta, rules } from '../rules/index.js';

const SEVERITY_SETTING = { enum: ['off', 'info', 'warning', 'error'] };

/** A rule's entry: a severity, or `{ severity, options }` with the options that rule declares. */
function ruleEntrySchema(id: string): object {
  const rule = rules.find((r) => r.id === id);
  const options = rule?.options ? { type: 'object', additionalProperties: false, properties: rule.options } : { type: 'object', additionalProperties: false, properties: {} };
  return {
    description: allRuleMeta.find((r) => r.id === id)!.description,
    oneOf: [SEVERITY_SETTING, { type: 'object', additionalProperties: false, properties: { severity: SEVERITY_SETTING, options } }],
  };
}

function rulesSchema(): object {
  return { type: 'object', additionalProperties: false, properties: Object.fromEntries(allRuleMeta.map((r) => [r.id, ruleEntrySchema(r.id)])) };
}

const globs = { type: 'array', items: { type: 'string' } };

/** The JSON Schema of `.loclint.yml`, generated from the rule registry. */
export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://loclint.dev/schema/loclint.schema.json',
    title: 'loclint configuration (.loclint.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      'source-locale': { type: 'string', description: 'Locale of the untranslated files (default en-US)' },
      'locale-roots': { ...globs, description: 'Checkouts of the other locales, for repositories that hold one locale each' },
      'source-repository': { type: 'string', description: "The source locale's folder in a git checkout of the source, relative to the working directory and inside the checked tree, for source-stale (default: the checked tree's source locale folder, when it is in git)" },
      include: { ...globs, description: 'Globs of the files to check (default **/*.md)' },
      ignore: { ...globs, description: 'Globs of files never to check' },
      'fail-on': { enum: ['error', 'warning', 'never'], description: 'Fail when a finding is at least this severe (default error)' },
      rules: rulesSchema(),
      overrides: {
        type: 'array',
        description: 'Rule settings for some paths; later entries win',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files', 'rules'],
          properties: { files: { ...globs, minItems: 1 }, rules: rulesSchema() },
        },
      },
      'url-locale-patterns': {
        ...globs,
        description: 'Regular expressions of URL parts that name a locale, removed before links are compared (locale path segments always are)',
      },
      'external-links': {
        type: 'object',
        additionalProperties: false,
        description: 'How --check-external requests links',
        properties: {
          concurrency: { type: 'integer', minimum: 1, maximum: 256 },
          'timeout-ms': { type: 'integer', minimum: 100 },
          retries: { type: 'integer', minimum: 0, maximum: 10 },
          'max-age-hours': { type: 'number', minimum: 0, maximum: MAX_CACHE_AGE_HOURS, description: 'How long a good answer is kept (at most 30 days)' },
          skip: { ...globs, description: 'Regular expressions of URLs never to request' },
          'allow-private': {
            description:
              'Hosts on non-public addresses (loopback, private, link-local, CGNAT, …) that may be requested: true for all of them (intranet docs), or a list of CIDR ranges. Off by default: such links become findings and are never requested',
            oneOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
          },
        },
      },
    },
  };
}
