import { i18n } from '#i18n';
import type { Translate } from '@/components/reader/strings';

// i18n.getMessage crosses into the browser on every call, and a rendered transcript asks for the same few labels
// once per turn: each distinct key and substitution list is looked up once per page.
const cache = new Map<string, string>();

/** The reader's strings come from the extension's locale files, in the browser's UI language. */
export const readerStrings: Translate = (key, subs) => {
  const args = (subs ?? []).map(String);
  const id = args.length === 0 ? key : `${key}\u0000${args.join('\u0000')}`;
  let text = cache.get(id);
  if (text === undefined) {
    text = i18n.t(key as Parameters<typeof i18n.t>[0], args as never);
    cache.set(id, text);
  }
  return text;
};
