// The build step that turns the pinned CC-CEDICT file into the extension's compact data files (wxt.config.ts runs
// it for every build; tests read the same file through readCedict). The file is the unmodified CC-CEDICT release
// (CC BY-SA 4.0, header kept in the package) that the chinese-tokenizer package ships; nothing is downloaded.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compactCedict } from '../lib/dictionary/cedict';
import { dataFiles } from '../lib/dictionary/data-files';

export function cedictPath(): string {
  const pkg = createRequire(import.meta.url).resolve('chinese-tokenizer/package.json');
  return path.join(path.dirname(pkg), 'tests', 'cedict_ts.u8');
}

export function readCedict(): string {
  return fs.readFileSync(cedictPath(), 'utf8');
}

/** The data files as WXT public assets. */
export function dictionaryAssets(): { relativeDest: string; contents: string }[] {
  return [...dataFiles(compactCedict(readCedict()))].map(([relativeDest, contents]) => ({ relativeDest, contents }));
}
