import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

// GitHub's own OpenAPI description (the @octokit/openapi package), to check what the action sends.

interface Operation {
  requestBody?: { content: Record<string, { schema: unknown }> };
}
type Spec = { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> };

let spec: Spec | null = null;
const load = (): Spec => (spec ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Spec);

/** The schema with `$ref`s replaced by what they name (the request bodies checked here hold no cycles), and every object closed to properties it does not list. */
function resolved(node: unknown, components: Spec['components'], depth = 0): unknown {
  if (depth > 32) throw new Error('schema nests too deep');
  if (Array.isArray(node)) return node.map((n) => resolved(n, components, depth + 1));
  if (node === null || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  if (typeof object.$ref === 'string') {
    const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(object.$ref)!;
    return resolved(components[kind!]![name!], components, depth + 1);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) out[key] = key === 'example' || key === 'examples' ? value : resolved(value, components, depth + 1);
  // GitHub ignores a property it does not know; the check does not, so that a misspelt one is caught.
  if (out.type === 'object' && out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** The operation whose path template matches a request's path (without the query). */
function operationFor(method: string, path: string): { template: string; operation: Operation } | null {
  const bare = path.replace(/\?.*$/, '');
  const matches: { template: string; operation: Operation }[] = [];
  for (const [template, operations] of Object.entries(load().paths)) {
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = operations[method.toLowerCase()];
    if (operation !== undefined && pattern.test(bare)) matches.push({ template, operation });
  }
  // `/pulls/comments` is a route of its own, not pull request number "comments": the most literal template wins.
  const params = (template: string) => template.split('{').length;
  return matches.sort((a, b) => params(a.template) - params(b.template))[0] ?? null;
}

const ajv = new Ajv({ strict: false, allErrors: true });

/**
 * What is wrong with a request by GitHub's description: an unknown route, a body where none is
 * taken, or a body its schema rejects. Empty when nothing is.
 */
export function requestProblems(method: string, path: string, body: unknown): string[] {
  const found = operationFor(method, path);
  if (found === null) return [`${method} ${path}: no such operation`];
  const schema = found.operation.requestBody?.content['application/json']?.schema;
  if (schema === undefined) return body === null ? [] : [`${method} ${found.template} takes no body`];
  const validate = ajv.compile(resolved(schema, load().components) as object);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${method} ${found.template}: ${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}
