// A long paragraph (a whole answer, or a whole transcript, on one line) in chunks of whole sentences. Only the
// chunks near the window carry ruby: a megabyte in ruby is half a million words, whose nodes alone cost the tab
// second-long garbage collections. Chunks gain or lose their pinyin a few at a time, in slices (slices.ts), and each
// re-renders only when its own text, marks or pinyin change. Each chunk carries its offset (`data-chunk`,
// turn-relative): a hover reads the chunk under the pointer, not the whole paragraph (hover.ts).
import type { Ref } from 'preact';
import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chunkEnds } from '../../lib/pinyin/chunks';
import type { WordReading } from '../../lib/pinyin/words';
import type { NearWatch } from './near';
import type { SliceQueue } from './slices';
import { pieces, RubyParagraph } from './TextPieces';
import type { MarkRange, Paragraph } from './text';
import { segmentsOf } from './text';
import type { TurnRuby } from './TurnText';
import { sameRuby, useNear, useSlicedWords } from './useSlicedWords';

/** The paragraph's wanted pinyin, told only to the chunks near the window: turning ruby on or off re-renders those
 *  few, not a thousand. */
interface RubyHub {
  current(): TurnRuby | null;
  /** `fn` hears every change until the function returned is called. */
  subscribe(fn: (ruby: TurnRuby | null) => void): () => void;
  set(ruby: TurnRuby | null): void;
}

function createRubyHub(initial: TurnRuby | null): RubyHub {
  let ruby = initial;
  const fns = new Set<(ruby: TurnRuby | null) => void>();
  return {
    current: () => ruby,
    subscribe(fn) {
      fns.add(fn);
      return () => void fns.delete(fn);
    },
    set(next) {
      if (sameRuby(next, ruby)) return;
      ruby = next;
      fns.forEach((fn) => fn(next));
    },
  };
}

interface ChunkProps {
  p: Paragraph;
  k: number;
  start: number;
  end: number;
  hub: RubyHub;
  /** The marks that fall in this chunk (turn-relative). */
  marks: readonly MarkRange[];
  queue: SliceQueue;
  watch: NearWatch | null;
}

const sameMarks = (a: readonly MarkRange[], b: readonly MarkRange[]) =>
  a.length === b.length && a.every((m, i) => m.start === b[i]!.start && m.end === b[i]!.end && m.kind === b[i]!.kind);

interface BodyProps {
  part: Paragraph;
  words: WordReading[] | null;
  marks: readonly MarkRange[];
  spanRef: Ref<HTMLSpanElement>;
}

/** A chunk's text as shown: only a change of its words, text or marks renders it again, so a chunk whose pinyin
 *  is still on its way (ruby just turned on or off) costs nothing to re-render. */
const ChunkBody = memo(
  ({ part, words, marks, spanRef }: BodyProps) =>
    words ? (
      <span ref={spanRef} class="br-ruby-chunk" data-chunk={part.offset} data-ruby-ready="">
        <RubyParagraph p={part} words={words} marks={marks} />
      </span>
    ) : (
      <span ref={spanRef} class="br-ruby-chunk" data-chunk={part.offset}>
        {pieces(segmentsOf(part, marks))}
      </span>
    ),
  (a, b) =>
    a.words === b.words &&
    a.part.text === b.part.text &&
    a.part.offset === b.part.offset &&
    sameMarks(a.marks, b.marks),
);

/** Chunk `k`: what it shows changes in a slice, not in the render that asked for it (plain until its words are
 *  read; ruby until a slice turns it plain again, when ruby is turned off or the chunk is far from the window). */
function Chunk({ p, k, start, end, hub, marks, queue, watch }: ChunkProps) {
  const span = useRef<HTMLSpanElement>(null);
  const near = useNear(span, watch);
  const [ruby, setRuby] = useState(() => hub.current());
  useEffect(() => {
    if (!near) return undefined;
    setRuby(hub.current());
    return hub.subscribe(setRuby);
  }, [near, hub]);
  const words = useSlicedWords(
    near ? ruby : null,
    p.text,
    (want) =>
      want.source.wordsIn(p.text, k, want.tone).map((w) => ({ ...w, start: w.start - start, end: w.end - start })),
    queue,
    end - start,
  );
  const part = useMemo<Paragraph>(
    () => ({ text: p.text.slice(start, end), offset: p.offset + start }),
    [p.text, p.offset, start, end],
  );
  return <ChunkBody part={part} words={words} marks={marks} spanRef={span} />;
}

const ChunkView = memo(
  Chunk,
  (a, b) =>
    a.p.text === b.p.text &&
    a.p.offset === b.p.offset &&
    a.k === b.k &&
    a.queue === b.queue &&
    a.watch === b.watch &&
    a.hub === b.hub &&
    sameMarks(a.marks, b.marks),
);

export function LongParagraph({
  p,
  ruby,
  marks,
  queue,
  watch,
}: {
  p: Paragraph;
  ruby: TurnRuby | null;
  marks: readonly MarkRange[];
  queue: SliceQueue;
  /** What tells a chunk it is near the window (null: every chunk is). */
  watch: NearWatch | null;
}) {
  // The pinyin engine cuts the paragraph at the same places (lib/pinyin/cache.ts), so chunk k is its chunk k.
  const ends = useMemo(() => chunkEnds(p.text), [p.text]);
  const [hub] = useState(() => createRubyHub(ruby));
  useEffect(() => hub.set(ruby), [ruby?.source, ruby?.tone]);
  return (
    <>
      {ends.map((end, k) => {
        const start = k === 0 ? 0 : (ends[k - 1] as number);
        const from = p.offset + start;
        const to = p.offset + end;
        return (
          <ChunkView
            key={k}
            p={p}
            k={k}
            start={start}
            end={end}
            hub={hub}
            marks={marks.filter((m) => m.end > from && m.start < to)}
            queue={queue}
            watch={watch}
          />
        );
      })}
    </>
  );
}
