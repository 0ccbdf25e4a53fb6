// The hover's state, shared by the reader's text (PinyinHover) and the page's own text (PageWordHover): what is
// shown for the pointer, the dictionary loaded on the first hover, Escape, the modifier, and adding the word on the
// card (W, or a click on the card's button) on the user's own input only. Where the text is (`locate`) and how the
// events arrive (`attach`) are the caller's.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WordCards } from '../../lib/dictionary/index';
import { modifierHeld, onTheWayToTip, type Box } from './hover';
import type { HoverHandlers, PointerState } from './hover-events';
import type { Translate } from './strings';
import type { ReaderPinyin, WordPick } from './types';
import type { TipInfo } from './word-tip';

export interface Shown extends TipInfo {
  anchor: Box;
  boxes: Box[];
  pick: WordPick | null;
}

/** What to show for the pointer, or null; `key` identifies it (same key: nothing to redraw). */
export type Locate = (
  p: PointerState,
  opts: ReaderPinyin,
  cards: WordCards | null,
) => { key: string; shown: Shown } | null;
/** Wires the events to the handlers until the returned function is called. */
export type Attach = (h: HoverHandlers) => () => void;

export interface WordHover {
  tip: Shown | null;
  announcement: string;
  tipRef: { current: HTMLDivElement | null };
  /** The pick on the card was added to the word list. */
  added: boolean;
  /** A click on the card's "add" button: only a click the user made (trusted) adds the word. */
  onAdd(event: MouseEvent): void;
  hide(): void;
}

export function toBox(r: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function inside(b: Box, x: number, y: number): boolean {
  return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
}

/** The word's boxes (one per line it spans) and the one under the pointer, to place the card by. */
export function boxesOf(range: Range | null, x: number, y: number): { anchor: Box; boxes: Box[] } {
  const boxes = range
    ? Array.from(range.getClientRects())
        .filter((r) => r.width > 0 && r.height > 0)
        .map(toBox)
    : [];
  const anchor = boxes.find((b) => inside(b, x, y)) ?? boxes[0] ?? { left: x, right: x, top: y, bottom: y };
  return { anchor, boxes };
}

/** Whether a key press is the user's request to add the word shown: their own W, not typed into a field. */
function isAddKey(event: KeyboardEvent): boolean {
  if (!event.isTrusted || event.repeat) return false;
  if (event.key.toLowerCase() !== 'w' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = (event.composedPath?.()[0] ?? event.target) as Element | null;
  return !target?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

type CardState = { loader: ReaderPinyin['wordCards']; ready: WordCards | null; asked: boolean };

/** The dictionary for the card, asking for it on the first hover; `arrived` runs when it comes. */
function cardsOf(
  state: { current: CardState | null },
  loader: ReaderPinyin['wordCards'],
  arrived: () => void,
): WordCards | null {
  if (!loader) return null;
  if (state.current?.loader !== loader) state.current = { loader, ready: null, asked: false };
  const s = state.current;
  if (!s.asked) {
    s.asked = true;
    loader().then(
      (ready) => {
        s.ready = ready;
        if (state.current === s) arrived();
      },
      () => {
        // Stays a pinyin tooltip; the next hover tries again.
        s.asked = false;
      },
    );
  }
  return s.ready;
}

interface HoverOptions {
  pinyin: ReaderPinyin;
  t: Translate;
  locate: Locate;
  /** Null: nothing to listen to yet. Its identity decides when the events are wired again. */
  attach: Attach | null;
}

/** What the handlers share with the hook: refs read and written without waiting for a render. */
interface HoverRefs {
  latest: { current: HoverOptions };
  shown: { current: { key: string; anchor: Box; pick: WordPick | null } | null };
  cards: { current: CardState | null };
  tipRef: { current: HTMLDivElement | null };
  setTip(tip: Shown | null): void;
  announce(text: string): void;
  add(pick: WordPick): void;
}

/** The event handlers for one wiring of the hover. */
function handlersFor(r: HoverRefs): HoverHandlers {
  const { latest, shown, tipRef } = r;
  /** Escape closed this word: it stays closed until the pointer reaches another word. */
  let dismissed: string | null = null;
  let usedModifier = false;
  let last: PointerState | null = null;

  const hide = () => {
    if (shown.current === null) return;
    shown.current = null;
    r.setTip(null);
  };

  /** On the card with something to click, or on the way there: it stays. */
  const keeps = (p: PointerState): boolean => {
    const el = tipRef.current;
    if (!shown.current?.pick || !el) return false;
    return onTheWayToTip(shown.current.anchor, toBox(el.getBoundingClientRect()), p.x, p.y);
  };

  const update = (p: PointerState): void => {
    last = p;
    const { pinyin, locate, t } = latest.current;
    if (!modifierHeld(p, pinyin.modifier)) return hide();
    if (keeps(p)) return;
    const cards = cardsOf(r.cards, pinyin.wordCards, () => {
      if (last) update(last);
    });
    const found = locate(p, pinyin, cards);
    if (!found) {
      dismissed = null;
      return hide();
    }
    if (found.key === dismissed) return;
    dismissed = null;
    if (pinyin.modifier !== 'none') usedModifier = true;
    if (found.key === shown.current?.key) return;
    shown.current = { key: found.key, anchor: found.shown.anchor, pick: found.shown.pick };
    r.setTip(found.shown);
    r.announce(t('readerPinyinAnnounce', [found.shown.word, found.shown.pinyin]));
  };

  const focused = () => {
    const root = tipRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    return root?.activeElement ?? null;
  };
  const key = (event: KeyboardEvent) => {
    const pick = shown.current?.pick;
    if (!pick || !latest.current.pinyin.onSaveWord) return;
    // Tab from the text goes to the card's button, so the add is reachable from the keyboard too (Enter or Space
    // on it is a click the user made).
    const button = tipRef.current?.querySelector<HTMLButtonElement>('button.br-card-add:not([disabled])');
    if (event.key === 'Tab' && event.isTrusted && !event.shiftKey && button && !tipRef.current?.contains(focused())) {
      event.preventDefault();
      button.focus();
      return;
    }
    // Only the user's own key press adds a word: a page can dispatch key events too.
    if (!isAddKey(event)) return;
    event.preventDefault();
    r.add(pick);
  };

  /** Ruby coming and going far above changes heights there, and the page's scroll anchoring scrolls to keep the
   *  text in view where it was: the word under the pointer is the same, and its tip stays, measured again. A scroll
   *  by the user brings other text under the pointer: the tip goes. */
  const scrolled = () => {
    const before = shown.current;
    if (!last || before === null) return hide();
    const { pinyin, locate } = latest.current;
    const found = locate(last, pinyin, r.cards.current?.ready ?? null);
    if (found?.key !== before.key) return hide();
    shown.current = { ...before, anchor: found.shown.anchor };
    r.setTip(found.shown);
  };

  return {
    update,
    hide,
    scrolled,
    leave: () => {
      last = null;
      dismissed = null;
      hide();
    },
    dismiss: () => {
      if (shown.current !== null) dismissed = shown.current.key;
      hide();
    },
    key,
    modifier: () => latest.current.pinyin.modifier,
    usedModifier: () => {
      const used = usedModifier;
      usedModifier = false;
      return used;
    },
  };
}

export function useWordHover(opts: HoverOptions): WordHover {
  const [tip, setTip] = useState<Shown | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [added, setAdded] = useState<WordPick | null>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const latest = useRef(opts);
  latest.current = opts;
  const shown = useRef<{ key: string; anchor: Box; pick: WordPick | null } | null>(null);
  const cards = useRef<CardState | null>(null);
  const hideRef = useRef<() => void>(() => {});

  const add = (pick: WordPick) => {
    const onSave = latest.current.pinyin.onSaveWord;
    if (!onSave) return;
    const confirm = () => {
      setAdded(pick);
      setAnnouncement(latest.current.t('readerCardAdded', [pick.card.word]));
    };
    // A host that answers with a promise says whether the list took the word: the card claims it only then.
    const done: unknown = onSave(pick);
    if (typeof (done as PromiseLike<unknown> | undefined)?.then !== 'function') return confirm();
    (done as PromiseLike<unknown>).then(
      (ok) => ok !== false && confirm(),
      () => {},
    );
  };

  useEffect(() => {
    const { attach } = opts;
    if (!attach) return;
    const handlers = handlersFor({ latest, shown, cards, tipRef, setTip, announce: setAnnouncement, add });
    hideRef.current = handlers.hide;
    const detach = attach(handlers);
    return () => {
      detach();
      handlers.hide();
    };
  }, [opts.attach]);

  // A new engine, tone or modifier invalidates what is shown.
  const { source, tone, modifier } = opts.pinyin;
  useEffect(() => () => hideRef.current(), [source, tone, modifier]);

  return {
    tip,
    announcement,
    tipRef,
    added: tip !== null && added !== null && added === tip.pick,
    onAdd: (event) => {
      const pick = shown.current?.pick;
      if (!event.isTrusted || !pick) return;
      event.preventDefault();
      add(pick);
    },
    hide: () => hideRef.current(),
  };
}
