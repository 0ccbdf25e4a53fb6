// A turn's words as paragraphs. Page text only ever becomes text nodes here (JSX children), never markup.
import type { MarkRange } from './text';
import { paragraphsOf, segmentsOf } from './text';

export function TurnText({ text, turnIndex, marks }: { text: string; turnIndex: number; marks: readonly MarkRange[] }) {
  return (
    <div class="br-turn-text">
      {paragraphsOf(text).map((p, k) => (
        <p key={k} data-turn={turnIndex} data-block={k} data-offset={p.offset}>
          {segmentsOf(p, marks).map((s, j) =>
            s.kind === null ? (
              s.text
            ) : (
              <mark key={j} class={`br-${s.kind}`} data-mark={s.kind}>
                {s.text}
              </mark>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
