// The word list's single writer: saves from the word card in any tab are applied one after another on the latest
// list (the quote list's pattern, entrypoints/background/quotes.ts). Damaged stored entries are kept as they are.
import { i18n } from '#i18n';
import { messageOf } from '@/lib/errors';
import type { WordSaveResult } from '@/lib/protocol';
import { addWord, createSavedWord, readSavedWord, type SavedWord, type WordInput } from '@/lib/words/model';
import { wordsItem } from '@/platform/storage';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();

async function readRaw(): Promise<{ words: SavedWord[]; damaged: unknown[] }> {
  const raw: unknown = await wordsItem.getValue();
  const list = Array.isArray(raw) ? raw : [];
  const words: SavedWord[] = [];
  const damaged: unknown[] = [];
  for (const entry of list) {
    const w = readSavedWord(entry);
    if (w) words.push(w);
    else damaged.push(entry);
  }
  return { words, damaged };
}

export function saveWord(input: WordInput): Promise<WordSaveResult> {
  return serial(async () => {
    try {
      const { words, damaged } = await readRaw();
      const next = addWord(words, createSavedWord(input, new Date(), crypto.randomUUID()));
      await wordsItem.setValue([...damaged, ...next]);
      return { ok: true as const, total: next.length };
    } catch (err) {
      return { ok: false as const, error: i18n.t('errorStorageFailed', [messageOf(err)]) };
    }
  });
}

export function deleteWords(ids: string[]): Promise<SavedWord[]> {
  return serial(async () => {
    const { words, damaged } = await readRaw();
    const gone = new Set(ids);
    await wordsItem.setValue([...damaged, ...words.filter((w) => !gone.has(w.id))]);
    return words.filter((w) => gone.has(w.id));
  });
}
