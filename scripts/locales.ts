// Writes locales/<lang>.json from the string tables (locales/tables.ts). Run after editing any strings.ts:
//   npm run locales
import fs from 'node:fs';
import path from 'node:path';
import { LANGS, localeFileText } from '../locales/tables';

const dir = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', 'locales');
for (const lang of LANGS) fs.writeFileSync(path.join(dir, `${lang}.json`), localeFileText(lang));
console.log(`wrote ${LANGS.map((l) => `locales/${l}.json`).join(', ')}`);
