// A turn's words as paragraphs. Page text only ever becomes text nodes here (JSX children), never markup. In ruby
// mode each word is wrapped in a span whose pinyin lives in an attribute (drawn by CSS), so the paragraph's text
// nodes, its data-offset mapping and what a selection copies stay the characters only. Ruby comes and goes in slices,
// near the window only (useSlicedWords.ts); a long paragraph is shown in chunks that each do the same
// (LongParagraph.tsx).
import { useContext, useMemo, useRef } from 'preact/hooks';
import { LONG_PARAGRAPH } from '../../lib/pinyin/cache';
import type { ToneStyle } from '../../lib/pinyin/syllable';
import { LongParagraph } from './LongParagraph';
import { createNearWatch, RubyWorkContext, type NearWatch, type ObserverClass } from './near';
import type { SliceQueue } from './slices';
import { pieces, RubyParagraph } from './TextPieces';
import type { MarkRange, Paragraph } from './text';
import { paragraphsOf, segmentsOf } from './text';
import type { ReaderPinyin } from './types';
import { useNear, useSlicedWords } from './useSlicedWords';

export interface TurnRuby {
  source: ReaderPinyin['source'];
  tone: ToneStyle;
}

interface ShortProps {
  p: Paragraph;
  k: number;
  turnIndex: number;
  marks: readonly MarkRange[];
  ruby: TurnRuby | null;
  queue: SliceQueue;
  watch: NearWatch | null;
}

/** A paragraph up to LONG_PARAGRAPH long: its ruby, a slice's work, while it is near the window. */
function ShortParagraph({ p, k, turnIndex, marks, ruby, queue, watch }: ShortProps) {
  const el = useRef<HTMLParagraphElement>(null);
  const near = useNear(el, watch, ruby !== null);
  const words = useSlicedWords(
    near ? ruby : null,
    p.text,
    (want) => want.source.words(p.text, want.tone),
    queue,
    p.text.length,
  );
  return (
    <p
      ref={el}
      data-turn={turnIndex}
      data-block={k}
      data-offset={p.offset}
      // The ruby line style comes with the ruby: set on every paragraph at once, it laid out the whole reader again.
      data-ruby-ready={words ? '' : undefined}
    >
      {words ? <RubyParagraph p={p} words={words} marks={marks} /> : pieces(segmentsOf(p, marks))}
    </p>
  );
}

export function TurnText({
  text,
  turnIndex,
  marks,
  ruby = null,
  slices,
  nearObserver,
}: {
  text: string;
  turnIndex: number;
  marks: readonly MarkRange[];
  /** Pinyin above the characters; null for plain text. */
  ruby?: TurnRuby | null;
  /** Where the ruby is worked out (the reader's shared queue by default). */
  slices?: SliceQueue;
  /** What tells paragraphs and chunks they are near the window (the reader's IntersectionObserver by default). */
  nearObserver?: ObserverClass;
}) {
  const work = useContext(RubyWorkContext);
  const queue = slices ?? work.queue;
  const watch = useMemo(() => (nearObserver ? createNearWatch(nearObserver) : work.watch), [nearObserver, work]);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  return (
    <div class={ruby ? 'br-turn-text br-ruby-text' : 'br-turn-text'}>
      {paragraphs.map((p, k) =>
        p.text.length > LONG_PARAGRAPH ? (
          // Its chunks carry the ruby line style themselves: switching it on the paragraph restyled a megabyte.
          <p key={k} data-turn={turnIndex} data-block={k} data-offset={p.offset} data-long="">
            <LongParagraph p={p} ruby={ruby} marks={marks} queue={queue} watch={watch} />
          </p>
        ) : (
          <ShortParagraph
            key={k}
            p={p}
            k={k}
            turnIndex={turnIndex}
            marks={marks}
            ruby={ruby}
            queue={queue}
            watch={watch}
          />
        ),
      )}
    </div>
  );
}
