import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, LANGS, localeFileText, mergedMessages } from '../../../locales/tables';

const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();

describe('UI strings', () => {
  it.each(Object.keys(AREAS))('%s: the three languages have the same keys and placeholders', (area) => {
    const tables = AREAS[area]!;
    const keys = Object.keys(tables.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(tables[lang]).sort(), `${area} ${lang}`).toEqual(keys);
      for (const key of keys)
        expect(placeholders(tables[lang][key]!), `${area}.${key} ${lang}`).toEqual(placeholders(tables.en[key]!));
    }
  });

  it.each(LANGS)('%s: no key is defined by two areas, no message is empty', (lang) => {
    const all = mergedMessages(lang);
    for (const [key, message] of Object.entries(all)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(message.trim(), key).not.toBe('');
    }
  });

  it.each(LANGS)(
    'locales/%s.json is generated from the tables (run `npm run locales` after editing strings)',
    (lang) => {
      const file = path.resolve(__dirname, '../../../locales', `${lang}.json`);
      expect(fs.readFileSync(file, 'utf8')).toBe(localeFileText(lang));
    },
  );
});
