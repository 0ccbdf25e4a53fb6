// Hover tooltips with the pinyin of the word under the pointer, growing into a word card (glosses, official
// English) once the dictionary has loaded on the first hover. The text is never re-rendered for this: the character
// is found from the caret position at the pointer (hover.ts), the word from the engine's per-paragraph cache
// (word-tip.ts), and the tooltip and the word's highlight are fixed-position boxes drawn over the text. The events
// are wired in hover-events.ts.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { WordCards } from '../../lib/dictionary/index';
import type { Box } from './hover';
import { hitTest, modifierHeld, placeTip, rangeOf } from './hover';
import { attachHover, type PointerState } from './hover-events';
import type { Translate } from './strings';
import type { ReaderPinyin, WordPick } from './types';
import { WordCardBody } from './WordCard';
import { headwordScript, tipFor, type TipInfo } from './word-tip';

export { tipFor, type TipInfo } from './word-tip';

interface Shown extends TipInfo {
  anchor: Box;
  boxes: Box[];
  pick: WordPick | null;
}

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

function toBox(r: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function inside(b: Box, x: number, y: number): boolean {
  return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/** Analyses every turn paragraph while the page is idle, so a first hover finds its paragraph in the cache
 *  (the first analysis also initialises pinyin-pro's dictionaries, tens of milliseconds). Returns a canceller. */
function warmWhenIdle(root: Element, source: ReaderPinyin['source']): () => void {
  const win = root.ownerDocument.defaultView as IdleWindow | null;
  const texts = Array.from(root.querySelectorAll('p[data-offset]'), (p) => p.textContent ?? '');
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

/** What to show for the pointer, with its boxes, or null. `key` identifies it (same key: nothing to redraw). */
function locate(
  root: HTMLElement,
  p: PointerState,
  opts: ReaderPinyin,
  cards: WordCards | null,
  lang: string,
): { key: string; shown: Shown } | null {
  const hit = hitTest(root, p.target, p.x, p.y);
  const info = hit ? tipFor(hit.paragraph.text, hit.index, opts, cards, headwordScript(lang)) : null;
  if (!hit || !info) return null;
  const el = hit.paragraph.el;
  const key = [
    el.getAttribute('data-turn'),
    el.getAttribute('data-block'),
    info.start,
    info.word,
    opts.tone,
    !!info.card,
  ].join();
  const range = rangeOf(hit.paragraph, info.start, info.end);
  const boxes = range
    ? Array.from(range.getClientRects())
        .filter((r) => r.width > 0 && r.height > 0)
        .map(toBox)
    : [];
  const anchor = boxes.find((b) => inside(b, p.x, p.y)) ?? boxes[0] ?? { left: p.x, right: p.x, top: p.y, bottom: p.y };
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
  const [tip, setTip] = useState<Shown | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const tipRef = useRef<HTMLDivElement>(null);
  const config = useRef(pinyin);
  config.current = pinyin;
  const translate = useRef(t);
  translate.current = t;
  const language = useRef(lang);
  language.current = lang;
  // Identity of the word shown; the listeners compare against it without waiting for a render.
  const shownKey = useRef<string | null>(null);
  const shownPick = useRef<WordPick | null>(null);
  const hideRef = useRef<() => void>(() => {});
  const cards = useRef<{ loader: ReaderPinyin['wordCards']; ready: WordCards | null; asked: boolean } | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    /** Escape closed this word: it stays closed until the pointer reaches another word. */
    let dismissed: string | null = null;
    let usedModifier = false;
    let last: PointerState | null = null;

    const hide = () => {
      if (shownKey.current === null) return;
      shownKey.current = null;
      shownPick.current = null;
      setTip(null);
    };
    hideRef.current = hide;

    /** The dictionary, loading it on the first hover; the card replaces the tooltip when it arrives. */
    const wordCards = (): WordCards | null => {
      const loader = config.current.wordCards;
      if (!loader) return null;
      if (cards.current?.loader !== loader) cards.current = { loader, ready: null, asked: false };
      const state = cards.current;
      if (!state.asked) {
        state.asked = true;
        loader().then(
          (ready) => {
            state.ready = ready;
            if (last && cards.current === state) update(last);
          },
          () => {
            // Stays a pinyin tooltip; the next hover tries again.
            state.asked = false;
          },
        );
      }
      return state.ready;
    };

    const update = (p: PointerState) => {
      last = p;
      const opts = config.current;
      if (!modifierHeld(p, opts.modifier)) return hide();
      const found = locate(root, p, opts, wordCards(), language.current);
      if (!found) {
        dismissed = null;
        return hide();
      }
      if (found.key === dismissed) return;
      dismissed = null;
      if (opts.modifier !== 'none') usedModifier = true;
      if (found.key === shownKey.current) return;
      shownKey.current = found.key;
      shownPick.current = found.shown.pick;
      setTip(found.shown);
      setAnnouncement(translate.current('readerPinyinAnnounce', [found.shown.word, found.shown.pinyin]));
    };

    const save = (event: KeyboardEvent) => {
      const pick = shownPick.current;
      const onSave = config.current.onSaveWord;
      // Only the user's own key press adds a word: a page can dispatch key events too.
      if (!event.isTrusted || !pick || !onSave || event.repeat) return;
      if (event.key.toLowerCase() !== 'w' || event.ctrlKey || event.metaKey || event.altKey) return;
      // Typing a w into the find box (or any field) is not a request to save the word under the pointer.
      const target = (event.composedPath?.()[0] ?? event.target) as Element | null;
      if (target?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
      event.preventDefault();
      onSave(pick);
      setAnnouncement(translate.current('readerCardAdded', [pick.card.word]));
    };

    const detach = attachHover(root, keyTarget ?? root.ownerDocument, {
      update,
      hide,
      leave: () => {
        last = null;
        dismissed = null;
        hide();
      },
      dismiss: () => {
        if (shownKey.current !== null) dismissed = shownKey.current;
        hide();
      },
      key: save,
      modifier: () => config.current.modifier,
      usedModifier: () => {
        const used = usedModifier;
        usedModifier = false;
        return used;
      },
    });
    return () => {
      detach();
      hide();
    };
  }, [rootRef, keyTarget]);

  useEffect(() => {
    const root = rootRef.current;
    return root ? warmWhenIdle(root, pinyin.source) : undefined;
  }, [rootRef, pinyin.source, content]);

  // A new engine, tone or modifier invalidates what is shown.
  useEffect(() => () => hideRef.current(), [pinyin.source, pinyin.tone, pinyin.modifier]);

  useLayoutEffect(() => {
    const el = tipRef.current;
    if (!el || !tip) return;
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    const size = el.getBoundingClientRect();
    const viewport = {
      width: doc.documentElement.clientWidth || win?.innerWidth || 0,
      height: doc.documentElement.clientHeight || win?.innerHeight || 0,
    };
    const at = placeTip(tip.anchor, { width: size.width, height: size.height }, viewport);
    el.style.left = `${Math.round(at.left)}px`;
    el.style.top = `${Math.round(at.top)}px`;
    el.setAttribute('data-side', at.side);
  }, [tip]);

  // The layer is always there and is its own relayout boundary: the tooltip, the word boxes and the live
  // region change inside it only, so a hover costs no style or layout work on the (long) transcript.
  return (
    <div class="br-pinyin-layer">
      <div class="br-visually-hidden br-pinyin-live" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {tip
        ? tip.boxes.map((b, i) => (
            <div
              key={i}
              class="br-pinyin-word"
              aria-hidden="true"
              style={{
                left: `${b.left}px`,
                top: `${b.top}px`,
                width: `${b.right - b.left}px`,
                height: `${b.bottom - b.top}px`,
              }}
            />
          ))
        : null}
      {tip ? (
        <div
          ref={tipRef}
          class={tip.card ? 'br-pinyin-tip br-word-card' : 'br-pinyin-tip'}
          role="tooltip"
          data-word={tip.word}
          data-pinyin={tip.pinyin}
          data-other={tip.other ?? ''}
          data-card={tip.card ? 'true' : undefined}
        >
          <WordCardBody
            tip={tip}
            tone={pinyin.tone}
            lang={lang}
            sandhi={pinyin.sandhi === true}
            canSave={tip.pick !== null && pinyin.onSaveWord !== undefined}
            t={t}
          />
        </div>
      ) : null}
    </div>
  );
}
