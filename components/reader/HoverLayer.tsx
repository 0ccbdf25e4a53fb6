// What the hover draws: the word's boxes and the tooltip or word card, fixed-position in one layer of their own, and a
// live region that reads the word out. Shared by the reader's hover and the page text's.
import { useLayoutEffect } from 'preact/hooks';
// The card's own rules travel with it, so the card looks the same wherever its layer is mounted.
import wordCardCss from './word-card.css?inline';
import { placeTip } from './hover';
import type { Translate } from './strings';
import type { ReaderPinyin } from './types';
import type { WordHover } from './useWordHover';
import { WordCardBody } from './WordCard';

export interface HoverLayerProps {
  hover: WordHover;
  pinyin: ReaderPinyin;
  /** BCP 47 language of the text, for the tooltip's word. */
  lang: string;
  t: Translate;
}

export function HoverLayer({ hover, pinyin, lang, t }: HoverLayerProps) {
  const { tip, tipRef } = hover;

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

  const canSave = tip?.pick != null && pinyin.onSaveWord !== undefined;
  // The layer is always there and is its own relayout boundary: the tooltip, the word boxes and the live
  // region change inside it only, so a hover costs no style or layout work on the (long) text. Nothing in it takes
  // the pointer but a card with a button to click.
  return (
    <div class="br-pinyin-layer">
      <style>{wordCardCss}</style>
      <div class="br-visually-hidden br-pinyin-live" aria-live="polite" aria-atomic="true">
        {hover.announcement}
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
          role={canSave ? 'group' : 'tooltip'}
          aria-label={canSave ? tip.word : undefined}
          data-word={tip.word}
          data-pinyin={tip.pinyin}
          data-other={tip.other ?? ''}
          data-card={tip.card ? 'true' : undefined}
          style={canSave ? { pointerEvents: 'auto' } : undefined}
        >
          <WordCardBody
            tip={tip}
            tone={pinyin.tone}
            lang={lang}
            sandhi={pinyin.sandhi === true}
            canSave={canSave}
            added={hover.added}
            onAdd={hover.onAdd}
            t={t}
          />
        </div>
      ) : null}
    </div>
  );
}
