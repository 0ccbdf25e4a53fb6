import { i18n } from '#i18n';
import type { Translate } from '@/components/reader/strings';

/** The reader's strings come from the extension's locale files, in the browser's UI language. */
export const readerStrings: Translate = (key, subs) =>
  i18n.t(key as Parameters<typeof i18n.t>[0], (subs ?? []).map(String) as never);
