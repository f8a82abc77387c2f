import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { FailLevel, Severity } from '../findings/finding.js';
import { allRuleMeta } from '../rules/index.js';

export type RuleSetting = Severity | 'off';

export interface Config {
  sourceLocale: string;
  failOn: FailLevel;
  rules: Map<string, RuleSetting>;
}

export class ConfigError extends Error {}

export const defaultConfig = (): Config => ({ sourceLocale: 'en-US', failOn: 'error', rules: new Map() });

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'never'];

/** Reads `.loclint.yml`: plain YAML data, never code. */
export function loadConfig(path: string): Config {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read configuration: ${(error as Error).message}`);
  }
  const doc = parseDocument(source, { version: '1.2', schema: 'core', prettyErrors: false });
  if (doc.errors.length > 0) throw new ConfigError(`${path}: ${doc.errors[0]!.message}`);
  const data = (doc.toJS({ maxAliasCount: 50 }) ?? {}) as Record<string, unknown>;
  const config = defaultConfig();
  for (const [key, value] of Object.entries(data)) {
    if (key === 'source-locale' && typeof value === 'string') config.sourceLocale = value;
    else if (key === 'fail-on' && FAIL_LEVELS.includes(value as FailLevel)) config.failOn = value as FailLevel;
    else if (key === 'rules' && value !== null && typeof value === 'object') {
      for (const [id, setting] of Object.entries(value)) {
        if (!allRuleMeta.some((r) => r.id === id)) throw new ConfigError(`${path}: unknown rule \`${id}\``);
        if (!SETTINGS.includes(setting as RuleSetting)) throw new ConfigError(`${path}: rule \`${id}\` must be one of ${SETTINGS.join(', ')}`);
        config.rules.set(id, setting as RuleSetting);
      }
    } else throw new ConfigError(`${path}: unknown or invalid setting \`${key}\``);
  }
  return config;
}
