// String lookup shared by the popup and the options page. Components take either a string table or an
// i18n.t-compatible function, so the entrypoints can switch to WXT i18n without touching a component.

/** browser.i18n-style lookup: `$1`…`$9` in the message are replaced by the substitutions. */
export type Translate<K extends string> = (key: K, substitutions?: readonly string[]) => string;

/** Fills browser.i18n-style $1…$9 placeholders ($$ is a literal $). */
export function substitute(template: string, substitutions: readonly string[] = []): string {
  return template.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
}

export function translatorFor<K extends string>(strings: Record<K, string> | Translate<K>): Translate<K> {
  if (typeof strings === 'function') return strings;
  return (key, subs) => substitute(strings[key], subs);
}

/** Keys present in one table and missing from another; empty when all tables agree. */
export function keyMismatches(tables: Record<string, Record<string, string>>): string[] {
  const all = new Set<string>();
  for (const table of Object.values(tables)) for (const key of Object.keys(table)) all.add(key);
  const out: string[] = [];
  for (const [name, table] of Object.entries(tables)) {
    for (const key of all) if (!(key in table)) out.push(`${name}.${key}`);
  }
  return out.sort();
}

/** Placeholders ($1…$9) a message uses, to check that translations take the same substitutions. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}
