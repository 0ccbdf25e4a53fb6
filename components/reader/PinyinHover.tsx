// Hover tooltips with the pinyin of the word under the pointer. The text is never re-rendered for this: the
// character is found from the caret position at the pointer (see hover.ts), the word comes from the engine's
// per-paragraph cache, and the tooltip and the word's highlight are fixed-position boxes drawn over the text.
// Pointer moves are handled at most once per animation frame: the first move at once, the latest of any moves
// arriving during that frame when it ends.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Box } from './hover';
import { hitTest, modifierHeld, placeTip, rangeOf } from './hover';
import type { Translate } from './strings';
import type { ReaderPinyin } from './types';

export interface TipInfo {
  word: string;
  /** Syllables in the chosen tone style, space-separated. */
  pinyin: string;
  /** The word in the other script, or null when it is written the same. */
  other: string | null;
  /** Paragraph offsets of the word. */
  start: number;
  end: number;
}

/** The tooltip's content for the character at `offset` of a paragraph's text, or null if it is not Chinese. */
export function tipFor(
  text: string,
  offset: number,
  pinyin: Pick<ReaderPinyin, 'source' | 'tone' | 'convertOther'>,
): TipInfo | null {
  const w = pinyin.source.wordAt(text, offset, pinyin.tone);
  if (!w || w.syllables.length === 0) return null;
  const other = pinyin.convertOther ? pinyin.convertOther(w.word) : null;
  return {
    word: w.word,
    pinyin: w.syllables.join(' '),
    other: other && other !== w.word ? other : null,
    start: w.start,
    end: w.end,
  };
}

interface Shown extends TipInfo {
  anchor: Box;
  boxes: Box[];
}

interface PointerState {
  x: number;
  y: number;
  target: Node | null;
  altKey: boolean;
  shiftKey: boolean;
}

export interface PinyinHoverProps {
  rootRef: { readonly current: HTMLElement | null };
  pinyin: ReaderPinyin;
  /** Where keys (Escape, the modifier) are listened for; defaults to the reader's document. */
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

export function PinyinHover({ rootRef, pinyin, keyTarget, lang, content, t }: PinyinHoverProps) {
  const [tip, setTip] = useState<Shown | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const tipRef = useRef<HTMLDivElement>(null);
  const config = useRef(pinyin);
  config.current = pinyin;
  const translate = useRef(t);
  translate.current = t;
  // Identity of the word shown; the listeners compare against it without waiting for a render.
  const shownKey = useRef<string | null>(null);
  const hideRef = useRef<() => void>(() => {});

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const doc = root.ownerDocument;
    const win = doc.defaultView;
    const keys: EventTarget = keyTarget ?? doc;
    const requestFrame = (cb: () => void): number =>
      win?.requestAnimationFrame ? win.requestAnimationFrame(cb) : (setTimeout(cb, 16) as unknown as number);
    const cancelFrame = (id: number) =>
      win?.cancelAnimationFrame
        ? win.cancelAnimationFrame(id)
        : clearTimeout(id as unknown as ReturnType<typeof setTimeout>);

    let pointer: PointerState | null = null;
    let frame = 0;
    let pending = false;
    /** Escape closed this word: it stays closed until the pointer reaches another word. */
    let dismissed: string | null = null;
    /** A tooltip was shown while the modifier was held (its keyup must not open the browser menu bar). */
    let usedModifier = false;

    const hide = () => {
      if (shownKey.current === null) return;
      shownKey.current = null;
      setTip(null);
    };
    hideRef.current = hide;

    const update = () => {
      const p = pointer;
      const opts = config.current;
      if (!p || !modifierHeld(p, opts.modifier)) return hide();
      const hit = hitTest(root, p.target, p.x, p.y);
      const info = hit ? tipFor(hit.paragraph.text, hit.index, opts) : null;
      if (!hit || !info) {
        dismissed = null;
        return hide();
      }
      const el = hit.paragraph.el;
      const key = [
        el.getAttribute('data-turn'),
        el.getAttribute('data-block'),
        info.start,
        info.word,
        opts.tone,
      ].join();
      if (key === dismissed) return;
      dismissed = null;
      if (opts.modifier !== 'none') usedModifier = true;
      if (key === shownKey.current) return;
      const range = rangeOf(hit.paragraph, info.start, info.end);
      const boxes = range
        ? Array.from(range.getClientRects())
            .filter((r) => r.width > 0 && r.height > 0)
            .map(toBox)
        : [];
      const anchor = boxes.find((b) => inside(b, p.x, p.y)) ??
        boxes[0] ?? { left: p.x, right: p.x, top: p.y, bottom: p.y };
      shownKey.current = key;
      setTip({ ...info, anchor, boxes });
      setAnnouncement(translate.current('readerPinyinAnnounce', [info.word, info.pinyin]));
    };

    const schedule = () => {
      if (frame) {
        pending = true;
        return;
      }
      update();
      frame = requestFrame(() => {
        frame = 0;
        if (pending) {
          pending = false;
          update();
        }
      });
    };

    const onMove = (event: Event) => {
      const e = event as PointerEvent;
      // Dragging selects text (for a quote); a tooltip following the drag would only be in the way.
      if (e.buttons) {
        pointer = null;
        return hide();
      }
      pointer = {
        x: e.clientX,
        y: e.clientY,
        target: (e.composedPath?.()[0] as Node | undefined) ?? (e.target as Node | null),
        altKey: e.altKey,
        shiftKey: e.shiftKey,
      };
      schedule();
    };
    const onLeave = () => {
      pointer = null;
      dismissed = null;
      hide();
    };
    const onKeyDown = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Escape') {
        if (shownKey.current !== null) dismissed = shownKey.current;
        hide();
        return;
      }
      const modifier = config.current.modifier;
      if (modifier !== 'none' && e.key === modifier && pointer && !e.repeat) {
        pointer = { ...pointer, altKey: e.altKey || modifier === 'Alt', shiftKey: e.shiftKey || modifier === 'Shift' };
        update();
      }
    };
    const onKeyUp = (event: Event) => {
      const e = event as KeyboardEvent;
      const modifier = config.current.modifier;
      if (modifier === 'none' || e.key !== modifier) return;
      if (pointer)
        pointer = {
          ...pointer,
          altKey: modifier === 'Alt' ? false : pointer.altKey,
          shiftKey: modifier === 'Shift' ? false : pointer.shiftKey,
        };
      if (modifier === 'Alt' && usedModifier) e.preventDefault();
      usedModifier = false;
      hide();
    };

    root.addEventListener('pointermove', onMove);
    root.addEventListener('pointerleave', onLeave);
    keys.addEventListener('keydown', onKeyDown);
    keys.addEventListener('keyup', onKeyUp);
    // Boxes are in viewport coordinates: any scroll (page or inner) or resize makes them stale.
    doc.addEventListener('scroll', hide, { capture: true, passive: true });
    win?.addEventListener('resize', hide);
    win?.addEventListener('blur', onLeave);
    return () => {
      if (frame) cancelFrame(frame);
      root.removeEventListener('pointermove', onMove);
      root.removeEventListener('pointerleave', onLeave);
      keys.removeEventListener('keydown', onKeyDown);
      keys.removeEventListener('keyup', onKeyUp);
      doc.removeEventListener('scroll', hide, { capture: true });
      win?.removeEventListener('resize', hide);
      win?.removeEventListener('blur', onLeave);
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
    <>
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
            class="br-pinyin-tip"
            role="tooltip"
            data-word={tip.word}
            data-pinyin={tip.pinyin}
            data-other={tip.other ?? ''}
          >
            <span class="br-pinyin-tip-pinyin" lang={pinyin.tone === 'zhuyin' ? 'zh-Bopo' : 'zh-Latn-pinyin'}>
              {tip.pinyin}
            </span>
            <span class="br-pinyin-tip-word" lang={lang}>
              {tip.word}
            </span>
            {tip.other ? <span class="br-pinyin-tip-other">{tip.other}</span> : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
