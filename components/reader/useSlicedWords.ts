// The words a paragraph or a chunk shows in ruby. They change in a slice of the reader's queue, never in the render
// that asked for them: turning ruby on renders the text near the window a slice at a time, and far text not at all.
import { useEffect, useState } from 'preact/hooks';
import type { WordReading } from '../../lib/pinyin/words';
import type { NearWatch } from './near';
import type { SliceQueue } from './slices';
import type { TurnRuby } from './TurnText';

type Shown = { ruby: TurnRuby; text: string; words: WordReading[] } | null;

export const sameRuby = (a: TurnRuby | null, b: TurnRuby | null) =>
  a === b || (a !== null && b !== null && a.source === b.source && a.tone === b.tone);

/** Whether `el` is near the window, as `watch` says (always, without a watch). Watched only while `active`: with
 *  ruby off a paragraph does not need to know, and a page of paragraphs would each render once more as it loads. */
export function useNear(el: { readonly current: Element | null }, watch: NearWatch | null, active = true): boolean {
  const [near, setNear] = useState(watch === null);
  useEffect(() => {
    if (!watch) return setNear(true);
    if (!active) return setNear(false);
    return el.current ? watch(el.current, setNear) : undefined;
  }, [watch, active]);
  return near;
}

/**
 * The words for `want` over `text` (null: plain text), read by `read` inside a slice. Until the slice has run, the
 * words shown before stay (plain text when ruby was just turned on). `cost` weighs the job in the queue: the
 * characters the slice will render.
 */
export function useSlicedWords(
  want: TurnRuby | null,
  text: string,
  read: (ruby: TurnRuby) => WordReading[],
  queue: SliceQueue,
  cost: number,
): WordReading[] | null {
  const [shown, setShown] = useState<Shown>(null);
  useEffect(() => {
    if (want === null ? shown === null : shown !== null && shown.text === text && sameRuby(shown.ruby, want))
      return undefined;
    return queue.add(() => setShown(want ? { ruby: want, text, words: read(want) } : null), cost);
  }, [text, want?.source, want?.tone, shown, queue]);
  return shown && shown.text === text ? shown.words : null;
}
