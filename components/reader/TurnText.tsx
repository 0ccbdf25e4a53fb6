// A turn's words as paragraphs. Page text only ever becomes text nodes here (JSX children), never markup. In ruby
// mode each word is wrapped in a span whose pinyin lives in an attribute (drawn by CSS), so the paragraph's text
// nodes, its data-offset mapping and what a selection copies stay the characters only.
import { useMemo } from 'preact/hooks';
import type { ToneStyle } from '../../lib/pinyin/syllable';
import type { RubyWord } from './ruby';
import { rubyGroupsOf, rubyRunsOf } from './ruby';
import type { RubyRun } from './ruby';
import type { MarkRange, Paragraph, Segment } from './text';
import { paragraphsOf, segmentsOf } from './text';
import type { ReaderPinyin } from './types';

export interface TurnRuby {
  source: ReaderPinyin['source'];
  tone: ToneStyle;
}

function pieces(segments: readonly Segment[]) {
  return segments.map((s, j) =>
    s.kind === null ? (
      s.text
    ) : (
      <mark key={j} class={`br-${s.kind}`} data-mark={s.kind}>
        {s.text}
      </mark>
    ),
  );
}

function rubyRun(run: RubyRun, key: number) {
  return run.ruby === null ? (
    pieces(run.pieces)
  ) : (
    <span key={key} class="br-ruby" data-py={run.ruby}>
      {pieces(run.pieces)}
    </span>
  );
}

function RubyParagraph({ p, words, marks }: { p: Paragraph; words: readonly RubyWord[]; marks: readonly MarkRange[] }) {
  return (
    <>
      {rubyGroupsOf(rubyRunsOf(p, words, marks)).map((group, j) =>
        group.length === 1 ? (
          rubyRun(group[0]!, j)
        ) : (
          <span key={j} class="br-ruby-group">
            {group.map((run, k) => rubyRun(run, k))}
          </span>
        ),
      )}
    </>
  );
}

export function TurnText({
  text,
  turnIndex,
  marks,
  ruby = null,
}: {
  text: string;
  turnIndex: number;
  marks: readonly MarkRange[];
  /** Pinyin above the characters; null for plain text. */
  ruby?: TurnRuby | null;
}) {
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  // The engine caches each paragraph's analysis; the formatted words are kept here so unrelated re-renders
  // (selection, find) do not format them again.
  const words = useMemo(
    () => (ruby ? paragraphs.map((p) => ruby.source.words(p.text, ruby.tone)) : null),
    [paragraphs, ruby?.source, ruby?.tone],
  );
  return (
    <div class={ruby ? 'br-turn-text br-ruby-text' : 'br-turn-text'}>
      {paragraphs.map((p, k) => (
        <p key={k} data-turn={turnIndex} data-block={k} data-offset={p.offset}>
          {words ? <RubyParagraph p={p} words={words[k] ?? []} marks={marks} /> : pieces(segmentsOf(p, marks))}
        </p>
      ))}
    </div>
  );
}
