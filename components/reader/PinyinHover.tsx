// Hover tooltips with the pinyin of the word under the pointer, growing into a word card (glosses, official
// English) once the dictionary has loaded on the first hover. The text is never re-rendered for this: the character
// is found from the caret position at the pointer (hover.ts), the word from the engine's per-paragraph cache
// (word-tip.ts), and the tooltip and the word's highlight are fixed-position boxes drawn over the text. The events
// are wired in hover-events.ts, the hover's state kept in useWordHover.ts and drawn by HoverLayer.tsx.
import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { WordCards } from '../../lib/dictionary/index';
import { hitTest, rangeOf } from './hover';
import { attachHover, type PointerState } from './hover-events';
import { HoverLayer } from './HoverLayer';
import type { Translate } from './strings';
import type { ReaderPinyin, WordPick } from './types';
import { boxesOf, useWordHover, type Attach, type Locate, type Shown } from './useWordHover';
import { headwordScript, tipFor } from './word-tip';

export { tipFor, type TipInfo } from './word-tip';

export interface PinyinHoverProps {
  rootRef: { readonly current: HTMLElement | null };
  pinyin: ReaderPinyin;
  /** Where keys (Escape, the modifier, W) are listened for; defaults to the reader's document. */
  keyTarget?: EventTarget | null;
  /** BCP 47 language of the transcript text, for the tooltip's word. */
  lang: string;
  /** Changes when the rendered text changes (a new or converted transcript): its paragraphs are analysed again
   *  while the page is idle. */
  content?: unknown;
  t: Translate;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/** Analyses every turn paragraph while the page is idle, so a first hover finds its paragraph in the cache
 *  (the first analysis also initialises pinyin-pro's dictionaries, tens of milliseconds). Returns a canceller. */
function warmWhenIdle(root: Element, source: ReaderPinyin['source']): () => void {
  const win = root.ownerDocument.defaultView as IdleWindow | null;
  // A long paragraph's chunks are read where they are hovered, a chunk at a time (hover.ts unitOf).
  const texts = Array.from(root.querySelectorAll('p[data-offset]'))
    .filter((p) => !p.querySelector('[data-chunk]'))
    .map((p) => p.textContent ?? '');
  let next = 0;
  let id = 0;
  let stopped = false;
  const step = (deadline: { timeRemaining(): number }) => {
    if (stopped) return;
    do {
      const text = texts[next++];
      if (text) source.wordAt(text, 0);
    } while (next < texts.length && deadline.timeRemaining() > 2);
    if (next < texts.length) schedule();
  };
  const schedule = () => {
    id = win?.requestIdleCallback
      ? win.requestIdleCallback(step, { timeout: 2000 })
      : (setTimeout(() => {
          // Without idle callbacks: short slices between other work.
          const end = Date.now() + 8;
          step({ timeRemaining: () => end - Date.now() });
        }, 50) as unknown as number);
  };
  schedule();
  return () => {
    stopped = true;
    if (win?.cancelIdleCallback) win.cancelIdleCallback(id);
    else clearTimeout(id as unknown as ReturnType<typeof setTimeout>);
  };
}

function numberAttr(el: Element, name: string): number | null {
  const v = el.getAttribute(name);
  return v === null || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
}

/** What to show for the pointer in the reader's text, with its boxes, or null. */
function locateIn(
  root: HTMLElement,
  p: PointerState,
  opts: ReaderPinyin,
  cards: WordCards | null,
  lang: string,
): { key: string; shown: Shown } | null {
  const hit = hitTest(root, p.target, p.x, p.y);
  const info = hit ? tipFor(hit.paragraph.text, hit.index, opts, cards, headwordScript(lang)) : null;
  if (!hit || !info) return null;
  const el = hit.block;
  const key = [
    el.getAttribute('data-turn'),
    el.getAttribute('data-block'),
    info.start,
    info.word,
    opts.tone,
    !!info.card,
  ].join();
  const { anchor, boxes } = boxesOf(rangeOf(hit.paragraph, info.start, info.end), p.x, p.y);
  const pick: WordPick | null = info.card
    ? {
        card: info.card,
        reading: info.pinyin,
        other: info.other,
        paragraph: hit.paragraph.text,
        turnIndex: numberAttr(el, 'data-turn'),
        block: numberAttr(el, 'data-block'),
      }
    : null;
  return { key, shown: { ...info, anchor, boxes, pick } };
}

export function PinyinHover({ rootRef, pinyin, keyTarget, lang, content, t }: PinyinHoverProps) {
  const language = useRef(lang);
  language.current = lang;
  const locate = useCallback<Locate>(
    (p, opts, cards) => (rootRef.current ? locateIn(rootRef.current, p, opts, cards, language.current) : null),
    [rootRef],
  );
  const attach = useCallback<Attach>(
    (h) => (rootRef.current ? attachHover(rootRef.current, keyTarget ?? rootRef.current.ownerDocument, h) : () => {}),
    [rootRef, keyTarget],
  );
  const hover = useWordHover({ pinyin, t, locate, attach });

  useEffect(() => {
    const root = rootRef.current;
    return root ? warmWhenIdle(root, pinyin.source) : undefined;
  }, [rootRef, pinyin.source, content]);

  return <HoverLayer hover={hover} pinyin={pinyin} lang={lang} t={t} />;
}
