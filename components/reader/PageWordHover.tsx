// The word card on the page's own text, while the reader is closed: the same card as in the reader, for the
// character found from the caret at the pointer in the page (page-text.ts), on the user's own pointer and keys only
// (page-hover-events.ts). It is rendered by the host in a shadow root of its own; the page's DOM is only read.
import { useCallback, useRef } from 'preact/hooks';
import { rangeOf } from './hover';
import { HoverLayer } from './HoverLayer';
import { attachPageHover } from './page-hover-events';
import { pageHit } from './page-text';
import type { PointerState } from './hover-events';
import type { Translate } from './strings';
import type { ReaderPinyin } from './types';
import { boxesOf, useWordHover, type Attach, type Locate } from './useWordHover';
import { headwordScript, tipFor } from './word-tip';

export interface PageWordHoverProps {
  doc: Document;
  pinyin: ReaderPinyin;
  /** BCP 47 language of the page's text, for the card's word and the headwords it compares. */
  lang: string;
  /** Whether the card is on now (not while the reader shows the transcript). */
  active: () => boolean;
  /** The transcript turn a page node belongs to, so a word added from the page keeps its speaker. */
  turnOf?: (node: Node) => number | null;
  /** Elements of ours, never read as page text. */
  ours?: (el: Element) => boolean;
  /** The pointer that started the hover, shown at once. */
  initial?: PointerState | null;
  t: Translate;
}

/** A number per node, so a shown word keeps its key while the pointer stays on it. */
const ids = new WeakMap<Node, number>();
let nextId = 0;
const idOf = (n: Node) => ids.get(n) ?? (ids.set(n, ++nextId), nextId);

export function PageWordHover(props: PageWordHoverProps) {
  const { doc, pinyin, lang, t } = props;
  const latest = useRef(props);
  latest.current = props;

  const locate = useCallback<Locate>(
    (p, opts, cards) => {
      const { ours, turnOf, lang: language } = latest.current;
      const hit = pageHit(doc, p.x, p.y, ours);
      const info = hit ? tipFor(hit.paragraph.text, hit.index, opts, cards, headwordScript(language)) : null;
      if (!hit || !info) return null;
      const first = hit.paragraph.nodes[0]!;
      const key = [idOf(first), info.start, info.word, opts.tone, !!info.card].join();
      const { anchor, boxes } = boxesOf(rangeOf(hit.paragraph, info.start, info.end), p.x, p.y);
      const pick = info.card
        ? {
            card: info.card,
            reading: info.pinyin,
            other: info.other,
            paragraph: hit.paragraph.text,
            turnIndex: turnOf?.(first) ?? null,
            block: null,
          }
        : null;
      return { key, shown: { ...info, anchor, boxes, pick } };
    },
    [doc],
  );
  const attach = useCallback<Attach>(
    (h) => attachPageHover(doc, h, { active: () => latest.current.active(), initial: latest.current.initial }),
    [doc],
  );
  const hover = useWordHover({ pinyin, t, locate, attach });
  return <HoverLayer hover={hover} pinyin={pinyin} lang={lang} t={t} />;
}
