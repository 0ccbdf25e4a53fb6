// A paragraph's text as the reader shows it: plain pieces with find/focus marks, or ruby runs (each word in a span
// whose pinyin lives in an attribute, drawn by CSS). Page text only ever becomes text nodes here, never markup.
import type { RubyWord } from './ruby';
import { rubyGroupsOf, rubyRunsOf } from './ruby';
import type { RubyRun } from './ruby';
import type { MarkRange, Paragraph, Segment } from './text';

export function pieces(segments: readonly Segment[]) {
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

export function RubyParagraph({
  p,
  words,
  marks,
}: {
  p: Paragraph;
  words: readonly RubyWord[];
  marks: readonly MarkRange[];
}) {
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
