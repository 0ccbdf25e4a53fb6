// The real dictionary, built the way the extension's build builds it, once per test file.
import fs from 'node:fs';
import path from 'node:path';
import { compactCedict, type CompactDictionary } from '../../../lib/dictionary/cedict';
import { createDictionary, type Dictionary } from '../../../lib/dictionary/lookup';
import { readCedict } from '../../../scripts/dictionary-data';

let compact: CompactDictionary | null = null;
let dict: Dictionary | null = null;

export function realCompact(): CompactDictionary {
  return (compact ??= compactCedict(readCedict()));
}

export function realDictionary(): Dictionary {
  return (dict ??= createDictionary(realCompact()));
}

const PAGES = path.resolve(__dirname, '../../fixtures/pages');

export function fixtureSource(id: string): string {
  return fs.readFileSync(path.join(PAGES, id, 'source.txt'), 'utf8');
}
