import { lstatSync, readFileSync } from 'node:fs';
import { dirname, join, matchesGlob, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter, Node } from 'yaml';
import { parseRange } from '../external/addresses.js';
import type { ExternalLinkOptions } from '../external/check-urls.js';
import type { FailLevel, Severity } from '../findings/finding.js';
import { closest } from '../rules-support/did-you-mean.js';
import { lazyDependency } from '../runtime.js';
import { repositoryRoot } from './gitignore.js';
import { configSchema } from './schema.js';
import { LinearPattern } from './patterns.js';

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
  /** The source locale's folder in a git checkout of the source, for source-stale (inside the checked tree). */
  sourceRepository?: string;
  /** The folder its globs are relative to, when not the working directory: a file discovered in a parent folder's. */
  base?: string;
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

/** The names a configuration is found under, in each folder in this order (markdownlint-cli2's `.markdownlint-cli2.yaml` likewise). */
export const CONFIG_FILES = ['.loclint.yml', '.loclint.yaml'];

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

/** Where in the file a JSON pointer (`/rules/segment-pear`) points, and the key it names when the key is unknown. */
function locate(doc: Document, lines: LineCounter, error: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>): { line: number; column: number; key?: string } {
  let node = doc.getIn(pointerSegments(error.instancePath), true) as Node | undefined;
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

const pointerSegments = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** `/overrides/0/files` as a reader writes it: `overrides[0].files`. */
function settingName(pointer: string): string {
  const name = pointerSegments(pointer).map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return name === '' ? 'the configuration' : name;
}

const typeNames: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false' };

/** Text from the checked repository, echoed with its control characters escaped (no terminal sequences). */
const shown = (text: string) => JSON.stringify(text).slice(1, -1);

/** What a value in the file is, as a message says it. */
function described(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a mapping';
  return `\`${shown(String(value))}\``;
}

function allowedKeys(error: ErrorObject): string[] {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

function describeError(e: ErrorObject, key: string | undefined): string {
  const name = settingName(e.instancePath);
  if (key !== undefined) {
    const suggestion = closest(key, allowedKeys(e));
    return `unknown key \`${shown(key)}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
    const suggestion = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
    return `${name} must be one of ${allowed.join(', ')}, not ${described(e.data)}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`;
  }
  if (e.keyword === 'type') {
    const wanted = String((e.params as { type: string }).type);
    return `${name} must be ${typeNames[wanted] ?? wanted}, not ${described(e.data)}`;
  }
  return `${name} ${e.message}`;
}

/**
 * The errors worth reading. A `oneOf` (a rule's severity, or its `{ severity, options }` form)
 * reports every branch: the branch that got deepest into the value is the one meant, and of its
 * errors at one place an unexpected value says more than an unexpected type.
 */
function meaningfulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const branchOf = (e: ErrorObject) => {
    const at = e.schemaPath.lastIndexOf('/oneOf/');
    return at < 0 ? null : e.schemaPath.slice(0, at);
  };
  const deepest = new Map<string, number>();
  for (const e of errors) {
    const branch = branchOf(e);
    if (branch !== null) deepest.set(branch, Math.max(deepest.get(branch) ?? 0, e.instancePath.length));
  }
  const kept = errors.filter((e) => {
    if (e.keyword === 'oneOf') return false;
    const branch = branchOf(e);
    return branch === null || e.instancePath.length === deepest.get(branch);
  });
  const enumAt = new Set(kept.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  const seen = new Set<string>();
  return kept.filter((e) => {
    if (e.keyword === 'type' && enumAt.has(e.instancePath)) return false;
    const id = `${e.instancePath}\0${e.keyword}\0${JSON.stringify(e.params)}`;
    return !seen.has(id) && Boolean(seen.add(id));
  });
}

/** One line per problem, in the file's order: `file:line:column: what`. */
function configErrors(path: string, problems: { line: number; column: number; message: string }[]): ConfigError {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return new ConfigError(problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message}`).join('\n'));
}

/** Reads `.loclint.yml`: YAML data only, validated against the schema the rule registry generates; every problem is reported at once. */
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
    throw configErrors(
      path,
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { line, column: col, message: e.message };
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message}`);
  }
  const validate = await configValidator();
  if (!validate(data)) {
    throw configErrors(
      path,
      meaningfulErrors(validate.errors ?? []).map((e) => {
        const where = locate(doc, lines, e);
        return { line: where.line, column: where.column, message: describeError(e, where.key) };
      }),
    );
  }
  const raw = data as Record<string, any>;
  const external = raw['external-links'] ?? {};
  const patterns: [string, unknown][] = [
    ...((raw['url-locale-patterns'] ?? []) as unknown[]).map((p, i): [string, unknown] => [`/url-locale-patterns/${i}`, p]),
    ...((Array.isArray(external.skip) ? external.skip : []) as unknown[]).map((p, i): [string, unknown] => [`/external-links/skip/${i}`, p]),
    ...rulePatterns(raw.rules, '/rules'),
    ...((Array.isArray(raw.overrides) ? raw.overrides : []) as Record<string, unknown>[]).flatMap((o, i) => rulePatterns(o.rules, `/overrides/${i}/rules`)),
  ];
  const badPatterns = patterns.flatMap(([instancePath, pattern]) => {
    try {
      LinearPattern.compile(String(pattern));
      return [];
    } catch (error) {
      const where = locate(doc, lines, { instancePath, keyword: 'pattern', params: {} });
      return [{ line: where.line, column: where.column, message: `${instancePath.slice(1).replaceAll('/', '.').replace(/\.(\d+)(?=\.|$)/g, '[$1]')}: ${(error as Error).message}` }];
    }
  });
  if (badPatterns.length > 0) throw configErrors(path, badPatterns);
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
    ...(typeof raw['source-repository'] === 'string' ? { sourceRepository: raw['source-repository'] } : {}),
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

/**
 * The configuration file a run in `cwd` uses: the nearest `.loclint.yml` or `.loclint.yaml`, from
 * `cwd` up to the repository root (the folder that holds `.git`; only `cwd` outside a repository).
 * Links are not followed.
 */
export function discoverConfig(cwd: string): string | null {
  const top = repositoryRoot(cwd) ?? cwd;
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (lstatSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    }
    if (dir === top || dirname(dir) === dir) return null;
  }
}

/**
 * The configuration a run uses: the named file, else the one discovered from `cwd` (whose globs are
 * then relative to its own folder, as markdownlint-cli2's are), else the defaults.
 */
export async function findConfig(cwd: string, path?: string): Promise<Config> {
  if (path) return loadConfig(resolve(cwd, path));
  const found = discoverConfig(cwd);
  if (found === null) return defaultConfig();
  const config = await loadConfig(found);
  if (dirname(found) !== cwd) config.base = dirname(found);
  return config;
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

/** Patterns a rule's options give (`rules.command-parity.options.patterns`), with where they are, to be checked before any file is. */
function rulePatterns(rules: unknown, at: string): [string, unknown][] {
  if (typeof rules !== 'object' || rules === null) return [];
  return Object.entries(rules as Record<string, unknown>).flatMap(([id, entry]) => {
    const patterns = (entry as { options?: { patterns?: unknown } } | null)?.options?.patterns;
    return Array.isArray(patterns) ? patterns.map((p, i): [string, unknown] => [`${at}/${id}/options/patterns/${i}`, p]) : [];
  });
}
