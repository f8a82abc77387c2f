import { existsSync, readFileSync } from 'node:fs';
import { join, matchesGlob, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter, Node } from 'yaml';
import { parseRange } from '../external/addresses.js';
import type { ExternalLinkOptions } from '../external/check-urls.js';
import type { FailLevel, Severity } from '../findings/finding.js';
import { closest } from '../rules/did-you-mean.js';
import { lazyDependency } from '../runtime.js';
import { configSchema } from './schema.js';

const yaml = lazyDependency<typeof import('yaml')>('yaml');

export type RuleSetting = Severity | 'off';

export interface RuleSettings {
  severity?: RuleSetting;
  options?: Record<string, unknown>;
}

export interface Override {
  files: string[];
  rules: Map<string, RuleSettings>;
}

export interface Config {
  sourceLocale: string;
  failOn: FailLevel;
  localeRoots: string[];
  include: string[];
  ignore: string[];
  rules: Map<string, RuleSettings>;
  overrides: Override[];
  urlLocalePatterns: string[];
  externalLinks: ExternalLinkOptions;
}

/** A configuration that cannot be used: exit code 2, with where and why. */
export class ConfigError extends Error {}

export const defaultConfig = (): Config => ({
  sourceLocale: 'en-US',
  failOn: 'error',
  localeRoots: [],
  include: ['**/*.md'],
  ignore: [],
  rules: new Map(),
  overrides: [],
  urlLocalePatterns: [],
  externalLinks: {},
});

export const CONFIG_FILE = '.loclint.yml';

let validator: ValidateFunction | undefined;

/** ajv, loaded and compiled only when there is a configuration file to validate. */
async function configValidator(): Promise<ValidateFunction> {
  if (validator === undefined) {
    // ajv is CommonJS: the class is the default export wherever it is bundled.
    const Ajv = (await import('ajv')).default as unknown as typeof import('ajv').Ajv;
    // verbose: errors carry their schema, whose keys feed the did-you-mean.
    validator = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(configSchema());
  }
  return validator;
}

function ruleMap(value: unknown): Map<string, RuleSettings> {
  const map = new Map<string, RuleSettings>();
  for (const [id, setting] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    map.set(id, typeof setting === 'string' ? { severity: setting as RuleSetting } : (setting as RuleSettings));
  }
  return map;
}

/** Where in the file a JSON pointer (`/rules/segment-pear`) points, and the keys allowed there. */
function locate(doc: Document, lines: LineCounter, error: ErrorObject): { line: number; column: number; key?: string } {
  const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = doc.getIn(path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true) as Node | undefined;
  let key: string | undefined;
  const { isMap, isScalar } = yaml();
  if (error.keyword === 'additionalProperties' && isMap(node)) {
    key = String((error.params as { additionalProperty: string }).additionalProperty);
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col, ...(key !== undefined ? { key } : {}) };
}

function allowedKeys(error: ErrorObject): string[] {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

/** Reads `.loclint.yml`: YAML data only, validated against the schema the rule registry generates. */
export async function loadConfig(path: string): Promise<Config> {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read configuration: ${(error as Error).message}`);
  }
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { version: '1.2', schema: 'core', prettyErrors: false, lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const { line, col } = lines.linePos(e.pos[0]);
    throw new ConfigError(`${path}:${line}:${col}: ${e.message}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message}`);
  }
  const validate = await configValidator();
  if (!validate(data)) {
    // oneOf failures repeat their branches' errors: the most specific (deepest) error says it best.
    const errors = [...(validate.errors ?? [])].filter((e) => e.keyword !== 'oneOf').sort((a, b) => b.instancePath.length - a.instancePath.length);
    const e = errors[0] ?? validate.errors![0]!;
    const where = locate(doc, lines, e);
    let message: string;
    if (where.key !== undefined) {
      const suggestion = closest(where.key, allowedKeys(e));
      message = `unknown key \`${where.key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
    } else if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      message = `${e.instancePath || 'value'} must be one of ${allowed.join(', ')}`;
    } else message = `${e.instancePath || 'configuration'} ${e.message}`;
    throw new ConfigError(`${path}:${where.line}:${where.column}: ${message}`);
  }
  const raw = data as Record<string, any>;
  for (const pattern of raw['url-locale-patterns'] ?? []) {
    try {
      new RegExp(pattern);
    } catch (error) {
      throw new ConfigError(`${path}: url-locale-patterns: ${(error as Error).message}`);
    }
  }
  const external = raw['external-links'] ?? {};
  for (const range of Array.isArray(external['allow-private']) ? external['allow-private'] : []) {
    if (parseRange(range) === null) throw new ConfigError(`${path}: external-links.allow-private: \`${range}\` is not an address or a CIDR range such as 10.0.0.0/8`);
  }
  const defaults = defaultConfig();
  return {
    sourceLocale: raw['source-locale'] ?? defaults.sourceLocale,
    failOn: raw['fail-on'] ?? defaults.failOn,
    localeRoots: raw['locale-roots'] ?? [],
    include: raw.include ?? defaults.include,
    ignore: raw.ignore ?? [],
    rules: ruleMap(raw.rules),
    overrides: (raw.overrides ?? []).map((o: { files: string[]; rules: unknown }) => ({ files: o.files, rules: ruleMap(o.rules) })),
    urlLocalePatterns: raw['url-locale-patterns'] ?? [],
    externalLinks: {
      ...(external.concurrency !== undefined ? { concurrency: external.concurrency } : {}),
      ...(external['timeout-ms'] !== undefined ? { timeoutMs: external['timeout-ms'] } : {}),
      ...(external.retries !== undefined ? { retries: external.retries } : {}),
      ...(external['max-age-hours'] !== undefined ? { maxAgeHours: external['max-age-hours'] } : {}),
      ...(external.skip !== undefined ? { skip: external.skip } : {}),
      ...(external['allow-private'] !== undefined ? { allowPrivate: external['allow-private'] } : {}),
    },
  };
}

/** The configuration a run uses: the named file, else `.loclint.yml` in `root` when there is one, else the defaults. */
export async function findConfig(root: string, path?: string): Promise<Config> {
  if (path) return loadConfig(resolve(root, path));
  const found = join(root, CONFIG_FILE);
  return existsSync(found) ? loadConfig(found) : defaultConfig();
}

/**
 * The rules' effective settings for one file: the base settings, then each override whose globs
 * match the file. The globs are matched once per file, not once per rule.
 */
const NOT_CONFIGURED: RuleSettings = Object.freeze({});

export function ruleSettingsForFile(config: Config, file: string): (ruleId: string) => RuleSettings {
  const applying = config.overrides.filter((override) => override.files.some((glob) => matchesGlob(file, glob)));
  return (ruleId) => {
    let settings: RuleSettings = config.rules.get(ruleId) ?? NOT_CONFIGURED;
    for (let i = 0; i < applying.length; i++) {
      const own = applying[i]!.rules.get(ruleId);
      if (own) settings = { severity: own.severity ?? settings.severity, options: { ...settings.options, ...own.options } };
    }
    return settings;
  };
}

export function ruleSettingsFor(config: Config, file: string, ruleId: string): RuleSettings {
  return ruleSettingsForFile(config, file)(ruleId);
}
