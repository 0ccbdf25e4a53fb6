// The word card on the page's own text while the reader is closed (pinyin on, the card and pinyin on in the
// settings). Until the user's pointer first rests on Chinese text nothing exists but one passive pointer listener,
// checked once per animation frame: no element, no render, no dictionary. Then one element of ours is added, holding a
// closed shadow root with the card; the page's own DOM is only ever read. The dictionary loads on the first card
// (useWordHover), as in the reader.
import { render } from 'preact';
import readerCss from '@/components/reader/reader.css?inline';
import type { PointerState } from '@/components/reader/hover-events';
import { pageHit } from '@/components/reader/page-text';
import { PageWordHover } from '@/components/reader/PageWordHover';
import { translatorFor } from '@/components/reader/strings';
import type { ReaderPinyin } from '@/components/reader/types';
import type { ReaderCore } from '../core';
import { READER_HOST_TAG } from '../host';
import type { WordsFeature } from './words';

/** The element the page text's card hangs from (appended to <html>, so the body's layout never sees it). */
export const PAGE_CARD_TAG = 'briefing-reader-card';
/** Our elements, never read as page text. */
const OURS = `${READER_HOST_TAG}, ${PAGE_CARD_TAG}, briefing-reader-toast, briefing-reader-notice`;
// Inline and !important: the page's style sheets cannot hide, move or size the host. It takes no room and no pointer
// (the card inside takes the pointer itself).
const HOST_STYLE =
  'all:initial!important;position:fixed!important;left:0!important;top:0!important;width:0!important;' +
  'height:0!important;overflow:visible!important;z-index:2147483647!important;pointer-events:none!important;' +
  'display:block!important';

export interface PageCardFeature {
  /** Follows the pinyin switch: starts listening, or takes the card away. */
  sync(): void;
}

/** The language of the page's text: from the characters (a Big5 gateway copy says zh-CN of Traditional text). */
function pageLang(core: ReaderCore): string {
  if (core.pageScript === 'hans') return 'zh-Hans';
  if (core.pageScript === 'hant') return 'zh-Hant';
  const lang = document.documentElement.getAttribute('lang') ?? '';
  return /^zh\b/i.test(lang) ? lang : 'zh';
}

/** The turn each node of the analysed transcript belongs to, looked up from a node and its ancestors. */
function turnsOfNodes(core: ReaderCore): (node: Node) => number | null {
  let map: Map<Node, number> | null = null;
  return (node) => {
    if (!map) {
      map = new Map();
      const { turns, blocks } = core.analysed;
      turns.forEach((turn, i) => turn.blocks.forEach((b) => blocks[b]?.nodes?.forEach((n) => map!.set(n, i))));
    }
    for (let n: Node | null = node; n && n !== document.body; n = n.parentNode) {
      const turn = map.get(n);
      if (turn !== undefined) return turn;
    }
    return null;
  };
}

export function pageCardFeature(
  core: ReaderCore,
  readings: () => ReaderPinyin | null,
  words: WordsFeature | undefined,
  signal: AbortSignal,
): PageCardFeature {
  const { state } = core;
  const ours = (el: Element) => el.closest(OURS) !== null;
  const wanted = () => state.pinyin && !state.open && state.settings.pinyinEnabled && readings() !== null;
  let listening = false;
  let frame = 0;
  let pointer: PointerState | null = null;
  let mounted: { host: HTMLElement; box: HTMLElement } | null = null;
  const turnOf = turnsOfNodes(core);

  const options = (): ReaderPinyin => {
    const base = readings()!;
    return {
      ...base,
      wordCards: words?.loader(),
      // Added from the page, the word's place is said in the card itself (no toast over the page).
      onSaveWord: words ? (pick) => words.save(pick, { quiet: true }) : undefined,
    };
  };

  function mount(initial: PointerState) {
    const host = document.createElement(PAGE_CARD_TAG);
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // The reader's rules for the tooltip; the card's own come with its layer (HoverLayer).
    style.textContent = readerCss;
    const box = document.createElement('div');
    box.className = 'br-page-card';
    shadow.append(style, box);
    document.documentElement.append(host);
    mounted = { host, box };
    draw(initial);
  }

  function draw(initial: PointerState | null) {
    if (!mounted) return;
    render(
      <PageWordHover
        doc={document}
        pinyin={options()}
        lang={pageLang(core)}
        active={wanted}
        turnOf={turnOf}
        ours={ours}
        initial={initial}
        t={translatorFor(state.strings)}
      />,
      mounted.box,
    );
  }

  /** The first rest on Chinese text: only then is the card built. */
  const onMove = (event: Event) => {
    const e = event as PointerEvent;
    if (!e.isTrusted || e.buttons || !wanted()) return;
    pointer = { x: e.clientX, y: e.clientY, target: e.target as Node | null, altKey: e.altKey, shiftKey: e.shiftKey };
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (mounted || !pointer || !wanted() || !pageHit(document, pointer.x, pointer.y, ours)) return;
      stopListening();
      mount(pointer);
    });
  };
  const listenOpts = { capture: true, passive: true };
  function stopListening() {
    if (!listening) return;
    listening = false;
    document.removeEventListener('pointermove', onMove, listenOpts);
    cancelAnimationFrame(frame);
    frame = 0;
  }

  function unmount() {
    stopListening();
    if (!mounted) return;
    render(null, mounted.box);
    mounted.host.remove();
    mounted = null;
  }

  function sync() {
    if (signal.aborted || !state.pinyin) return unmount();
    // The settings or the readings may have changed: a card already there follows them.
    if (mounted) return draw(null);
    if (listening) return;
    listening = true;
    document.addEventListener('pointermove', onMove, listenOpts);
  }

  signal.addEventListener('abort', unmount);
  return { sync };
}
