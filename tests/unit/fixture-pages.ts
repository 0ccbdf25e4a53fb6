// The real pages every engine test reads (tests/fixtures/pages/<id>/), found from this file rather than the working
// directory, so a fresh clone run from anywhere reads the same pages. Anything missing throws: a test over "every
// page" must never pass on none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// __dirname under vitest (under happy-dom the module URL is not a file: URL); the module's URL where there is no
// __dirname (the benches run these files as ES modules with tsx).
const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
export const PAGES = join(here, '..', 'fixtures', 'pages');

/** Every fixture page id, sorted. */
export function pageIds(): string[] {
  if (!existsSync(PAGES)) throw new Error(`fixture pages not found: ${PAGES}`);
  const ids = readdirSync(PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (ids.length === 0) throw new Error(`no fixture pages in ${PAGES}`);
  return ids;
}

/** The path of one file of a fixture page; throws when the page or the file is not there. */
export function pagePath(id: string, file: string): string {
  const path = join(PAGES, id, file);
  if (!existsSync(path)) throw new Error(`fixture ${id} has no ${file} (${path})`);
  return path;
}

export function readPage(id: string, file: string): string {
  return readFileSync(pagePath(id, file), 'utf8');
}

export function readPageJson<T>(id: string, file: 'expected.json' | 'meta.json'): T {
  return JSON.parse(readPage(id, file)) as T;
}

/** The page's source file: the saved HTML where there is one, else the text. */
export function sourceFile(id: string): 'source.html' | 'source.txt' {
  if (existsSync(join(PAGES, id, 'source.html'))) return 'source.html';
  pagePath(id, 'source.txt');
  return 'source.txt';
}

/** The page's text file split into trimmed, non-empty lines. */
export function pageLines(id: string): string[] {
  return readPage(id, 'source.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
