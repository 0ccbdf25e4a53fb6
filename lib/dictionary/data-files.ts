// How the compact dictionary travels: a few classic scripts, each under the stores' 4 MB per file, injected into
// the tab just before the dictionary engine (they run in the extension's isolated world, never the page's). Each
// script stores its part under a global symbol; the engine joins them. Files, not a fetch: a content script's fetch
// of a packaged file would need it listed as web-accessible, which would let every page probe for the extension.
import type { CompactDictionary } from './cedict';

export const DATA_SYMBOL = 'briefing-reader.dictionary-data';
// Each part is one script the tab parses in one go: a 2.8 MB string literal held it ~150 ms, a quarter of that ~40 ms;
// a twelfth (700 KB) still 15-90 ms on a loaded machine, so parts are about 360 KB.
export const ENTRY_PARTS = 24;
export const MAX_FILE_BYTES = 3.5 * 1024 * 1024;

/** Paths in the built extension, in injection order. */
export const DATA_FILES: readonly string[] = [
  ...Array.from({ length: ENTRY_PARTS }, (_, i) => `dictionary/entries-${i}.js`),
  'dictionary/trad-order.js',
];

export interface DataParts {
  entries: string[];
  tradOrder?: string;
}

function script(field: string, value: string): string {
  return `(globalThis[Symbol.for(${JSON.stringify(DATA_SYMBOL)})] ??= { entries: [] })${field} = ${JSON.stringify(value)};\n`;
}

/** The data files' contents by path. Parts split at line ends; throws if any file would be too large. */
export function dataFiles(dict: CompactDictionary): Map<string, string> {
  const files = new Map<string, string>();
  const size = Math.ceil(dict.entries.length / ENTRY_PARTS);
  let from = 0;
  for (let i = 0; i < ENTRY_PARTS; i++) {
    let to = i === ENTRY_PARTS - 1 ? dict.entries.length : dict.entries.indexOf('\n', from + size);
    if (to < 0) to = dict.entries.length;
    files.set(DATA_FILES[i]!, script(`.entries[${i}]`, dict.entries.slice(from, to)));
    from = to + 1;
  }
  files.set(DATA_FILES[ENTRY_PARTS]!, script('.tradOrder', dict.tradOrder));
  for (const [path, text] of files) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_FILE_BYTES) throw new Error(`${path} would be ${bytes} bytes: raise ENTRY_PARTS.`);
  }
  return files;
}

/** The compact dictionary from the parts the data files stored, or null if any part is missing. */
export function joinParts(parts: DataParts | undefined): Pick<CompactDictionary, 'entries' | 'tradOrder'> | null {
  if (!parts || parts.tradOrder === undefined || parts.entries.length !== ENTRY_PARTS) return null;
  if (parts.entries.some((p) => typeof p !== 'string')) return null;
  return { entries: parts.entries.join('\n'), tradOrder: parts.tradOrder };
}
