/**
 * A rule's message `id` with its `{{name}}` placeholders filled from `data`, values inserted
 * verbatim. An unknown id or a placeholder without a value is the rule's bug: it throws, which the
 * engine reports as an internal error and the rule tester as a failure.
 */
export function fillMessage(messages: Readonly<Record<string, string>>, id: string, data: Readonly<Record<string, string | number>> = {}): string {
  const template = messages[id];
  if (template === undefined) throw new Error(`no message ${id}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message ${id}: placeholder {{${name}}} has no value`);
    return String(value);
  });
}
