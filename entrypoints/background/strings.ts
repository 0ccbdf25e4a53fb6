// The reader's UI strings in the browser's language, looked up here once per worker: in the page every
// i18n.getMessage call costs the page's main thread tens of microseconds, and the reader needs dozens of them.
import { i18n } from '#i18n';
import { en, type ReaderStringKey, type ReaderStrings } from '@/components/reader/strings';

// Substituting each placeholder by itself gives back the message as a template for the reader to fill.
const PLACEHOLDERS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

let table: ReaderStrings | null = null;

export function readerStringTable(): ReaderStrings {
  if (table) return table;
  const out: Record<ReaderStringKey, string> = { ...en };
  for (const key of Object.keys(en) as ReaderStringKey[]) {
    out[key] = i18n.t(key as Parameters<typeof i18n.t>[0], PLACEHOLDERS as never) || en[key];
  }
  return (table = out);
}
