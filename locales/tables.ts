// Every UI string table, by area. The generated locales/<lang>.json files are these merged; a unit test keeps the
// generated files, the three languages' keys and their $n placeholders in step.
import * as library from '../components/library/strings';
import * as options from '../components/options/strings';
import * as panel from '../components/panel/strings';
import * as popup from '../components/popup/strings';
import * as reader from '../components/reader/strings';
import * as base from './base';
import * as quotes from './quotes';

export const LANGS = ['en', 'zh_CN', 'zh_TW'] as const;
export type Lang = (typeof LANGS)[number];

export const AREAS: Record<string, Record<Lang, Record<string, string>>> = {
  base: { en: base.en, zh_CN: base.zh_CN, zh_TW: base.zh_TW },
  quotes: { en: quotes.en, zh_CN: quotes.zh_CN, zh_TW: quotes.zh_TW },
  reader: reader.readerStringTables,
  popup: popup.popupStringTables,
  options: options.optionsStringTables,
  panel: panel.panelStringTables,
  library: library.libraryStringTables,
};

/** One flat table per language; throws if two areas define the same key. */
export function mergedMessages(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [area, tables] of Object.entries(AREAS)) {
    for (const [key, message] of Object.entries(tables[lang])) {
      if (key in out) throw new Error(`locale key "${key}" is defined twice (second time in ${area})`);
      out[key] = message;
    }
  }
  return out;
}

export function localeFileText(lang: Lang): string {
  return `${JSON.stringify(mergedMessages(lang), null, 2)}\n`;
}
