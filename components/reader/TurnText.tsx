// A turn's words as paragraphs. Page text only ever becomes text nodes here (JSX children), never markup. In ruby
// mode each word is wrapped in a span whose pinyin lives in an attribute (drawn by CSS), so the paragraph's text
// nodes, its data-offset mapping and what a selection copies stay the characters only. A long paragraph is shown in
// chunks whose pinyin comes and goes in slices (LongParagraph.tsx).
import { useMemo } from 'preact/hooks';
import { LONG_PARAGRAPH } from '../../lib/pinyin/cache';
import type { ToneStyle } from '../../lib/pinyin/syllable';
import { LongParagraph, type ObserverClass } from './LongParagraph';
import { readerSlices, type SliceQueue } from './slices';
import { pieces, RubyParagraph } from './TextPieces';
import type { MarkRange } from './text';
import { paragraphsOf, segmentsOf } from './text';
import type { ReaderPinyin } from './types';

export interface TurnRuby {
  source: ReaderPinyin['source'];
  tone: ToneStyle;
}

export function TurnText({
  text,
  turnIndex,
  marks,
  ruby = null,
  slices = readerSlices(),
  nearObserver,
}: {
  text: string;
  turnIndex: number;
  marks: readonly MarkRange[];
  /** Pinyin above the characters; null for plain text. */
  ruby?: TurnRuby | null;
  /** Where a long paragraph's pinyin is worked out (the reader's shared queue by default). */
  slices?: SliceQueue;
  /** What tells a long paragraph's chunks they are near the window (IntersectionObserver by default). */
  nearObserver?: ObserverClass;
}) {
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  // The engine caches each paragraph's analysis; the formatted words are kept here so unrelated re-renders
  // (selection, find) do not format them again.
  const words = useMemo(
    () =>
      ruby
        ? paragraphs.map((p) => (p.text.length > LONG_PARAGRAPH ? null : ruby.source.words(p.text, ruby.tone)))
        : null,
    [paragraphs, ruby?.source, ruby?.tone],
  );
  return (
    <div class={ruby ? 'br-turn-text br-ruby-text' : 'br-turn-text'}>
      {paragraphs.map((p, k) => (
        <p
          key={k}
          data-turn={turnIndex}
          data-block={k}
          data-offset={p.offset}
          // Its chunks carry the ruby line style themselves: switching it on the paragraph restyled a megabyte.
          data-long={p.text.length > LONG_PARAGRAPH ? '' : undefined}
        >
          {p.text.length > LONG_PARAGRAPH ? (
            <LongParagraph p={p} ruby={ruby} marks={marks} queue={slices} observer={nearObserver} />
          ) : words?.[k] ? (
            <RubyParagraph p={p} words={words[k]} marks={marks} />
          ) : (
            pieces(segmentsOf(p, marks))
          )}
        </p>
      ))}
    </div>
  );
}
