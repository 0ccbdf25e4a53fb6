// Holds the reader's state for one page and answers the protocol's reader:* messages. Everything the page sees
// from us is either inside our shadow root or undone by `hide()`.
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { i18n } from '#i18n';
import { render } from 'preact';
import { ReaderView } from '@/components/reader/ReaderView';
import type { ReaderStrings, Translate } from '@/components/reader/strings';
import type { FocusRange, QuoteRequest, ReaderPinyin, RubyMode } from '@/components/reader/types';
import readerCss from '@/components/reader/reader.css?inline';
import { messageOf } from '@/lib/errors';
import { figureRows } from '@/lib/figure-rows';
import { findFigures } from '@/lib/figures/index';
import type { Figure } from '@/lib/figures/types';
import { onMessage, sendMessage, type FigureList, type PageStatus, type SaveResult } from '@/platform/messaging';
import { hostOf } from '@/lib/hosts';
import { statusOf } from '@/lib/page-status';
import type { Conversion } from '@/lib/script/variant';
import type { ScriptSwitcher } from '@/lib/script/dom';
import { detectScript } from '@/lib/script/detect';
import type { Variant } from '@/lib/script/types';
import { DEFAULT_SETTINGS, variantFor, type Settings } from '@/lib/settings';
import { readSettings, settingsItem } from '@/platform/storage';
import { analyzeSource } from '@/lib/transcript/index';
import { sourceFromDocument } from '@/lib/transcript/blocks';
import type { Transcript } from '@/lib/transcript/types';
import { convertTranscript } from './convert-transcript';
import { loadEngine } from '../shared/engines';
import { keepInLibrary, saidBeforeFor } from './library';
import { takeAnalysis } from '../shared/analysis';
import { hideOriginal, ORIGINAL_MARK, transcriptContainer, type HiddenOriginal } from './original';
import { readerStrings } from './strings';
import { Toast } from './toast';

const HOST_TAG = 'briefing-reader';

interface State {
  transcript: Transcript;
  variant: Variant;
  pinyin: boolean;
  ruby: RubyMode;
  focus: FocusRange | null;
  settings: Settings;
}

export function startReader(ctx: ContentScriptContext) {
  const url = location.href;
  const host = hostOf(url);
  const analysed = takeAnalysis(url) ?? analyzeSource(sourceFromDocument(document, url));
  const state: State = {
    transcript: analysed,
    variant: 'original',
    pinyin: false,
    ruby: 'off',
    focus: null,
    settings: DEFAULT_SETTINGS,
  };
  // Found when the panel first asks, not on every page the reader opens on.
  let found: Figure[] | null = null;
  const figuresNow = (): Figure[] => (found ??= findFigures(analysed));
  const pageText = analysed.turns.map((t) => t.text).join('\n');
  const pageScript = detectScript(pageText);
  // The engines load on first use (reader/engines.ts): readers who never switch script or turn pinyin on never
  // pay for opencc-js's dictionaries or pinyin-pro.
  let conversion: Conversion | null = null;
  const conversionNow = (): Promise<Conversion> =>
    conversion
      ? Promise.resolve(conversion)
      : loadEngine('script').then((e) => (conversion ??= e.createConversion(pageText, url)));
  const shownConvert = (): ((s: string) => string) =>
    state.variant === 'original' || !conversion ? (x) => x : conversion.converter(state.variant);
  let pinyinSource: ReaderPinyin | null = null;
  async function pinyinNow(): Promise<ReaderPinyin> {
    if (pinyinSource) return pinyinSource;
    const [engine, c] = await Promise.all([loadEngine('pinyin'), conversionNow()]);
    pinyinSource ??= {
      source: engine.createPinyinCache({ tone: state.settings.tone, sandhi: state.settings.sandhi }),
      tone: state.settings.tone,
      modifier: state.settings.pinyinModifier,
      convertOther: c.converter(pageScript === 'hans' ? 'tw' : 'hans'),
    };
    return pinyinSource;
  }
  let shown: Transcript = analysed;
  // Each variant converted once: a reader switching back and forth pays for the conversion only the first time.
  const converted = new Map<Variant, Transcript>();
  const convertedTo = (v: Variant, c: Conversion): Transcript => {
    let t = converted.get(v);
    if (!t) converted.set(v, (t = convertTranscript(analysed, c.converter(v))));
    return t;
  };
  let ui: Awaited<ReturnType<typeof createShadowRootUi>> | null = null;
  let original: HiddenOriginal | null = null;
  let switcher: ScriptSwitcher | null = null;
  const toast = new Toast(document);
  const said = saidBeforeFor(
    analysed,
    url,
    () => rerender(),
    (m) => toast.show(m, true),
  );
  let strings: ReaderStrings | Translate = readerStrings;

  const status = (): PageStatus => ({
    ...statusOf(analysed, url),
    readerOpen: ui !== null,
    variant: state.variant,
    script: pageScript,
    pinyin: state.pinyin,
  });

  const container = () =>
    transcriptContainer(
      analysed.turns.flatMap((t) => t.blocks.flatMap((b) => analysed.blocks[b]?.nodes ?? [])),
      document.body,
    );

  function rerender() {
    if (!ui?.mounted) return;
    render(
      <ReaderView
        transcript={shown}
        host={host}
        strings={strings}
        pinyin={state.pinyin ? pinyinSource : null}
        settings={{
          variant: state.variant,
          pinyin: state.pinyin,
          ruby: state.ruby,
          pageLang: document.documentElement.getAttribute('lang'),
          initialSection: location.hash.slice(1) || null,
        }}
        focusRange={state.focus}
        saidBefore={said.state}
        actions={{
          ...said.actions,
          onScript: (v) => void setVariant(v, true),
          onPinyin: (on) => void setPinyin(on).catch(report('pinyin')),
          onRuby: (mode) => {
            state.ruby = mode;
            rerender();
          },
          // Where the browser will not open the panel for a click in the page (Firefox), the background's error
          // says how to open it.
          onFigures: () =>
            void sendMessage('tab:openPanel', undefined).catch((err: unknown) => toast.show(messageOf(err), true)),
          onClose: () => hide(),
          onSaveQuote: (q) => void saveQuote(q),
          onSection: (id) =>
            history.replaceState(history.state, '', id ? `#${id}` : location.pathname + location.search),
        }}
      />,
      ui.mounted as HTMLElement,
    );
  }

  let showing: Promise<PageStatus> | null = null;
  function show(): Promise<PageStatus> {
    if (ui) return Promise.resolve(status());
    showing ??= open().finally(() => (showing = null));
    return showing;
  }

  async function open(): Promise<PageStatus> {
    if (!analysed.press && analysed.turns.length === 0) {
      toast.show(i18n.t('toastNotTranscript'));
      return status();
    }
    // Everything the first render needs arrives before the page changes, so the page is laid out once.
    const [settings, table] = await Promise.all([
      readSettings(),
      // Without the table the reader still works, looking each string up in the page.
      sendMessage('i18n:readerStrings', undefined).catch((err: unknown) => {
        report('UI strings')(err);
        return null;
      }),
    ]);
    state.settings = settings;
    if (table) strings = table as ReaderStrings;
    const anchor = container();
    ui = await createShadowRootUi(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor,
      append: 'before',
      css: readerCss,
      onMount: (root) => root,
      onRemove: (root) => root && render(null, root as HTMLElement),
    });
    // Chromium lays out only the sections in view (reader.css); not Firefox ESR (see docs/browser-quirks.md).
    if (import.meta.env.CHROME) ui.shadowHost.setAttribute('data-lazy-layout', '');
    ui.mount();
    original = hideOriginal(anchor);
    const variant = variantFor(settings, host);
    if (variant === 'original') {
      rerender();
      // A figures panel that asked before the reader existed is waiting to hear of it.
      void sendMessage('panel:changed', url).catch(() => {});
    } else await setVariant(variant, false);
    keepInLibrary(analysed, { url, site: host, script: pageScript, figures: figuresNow });
    return status();
  }

  function hide(): PageStatus {
    ui?.remove();
    ui = null;
    switcher?.restore();
    switcher = null;
    original?.restore();
    original = null;
    state.variant = 'original';
    shown = analysed;
    return status();
  }

  async function setVariant(v: Variant, remember: boolean): Promise<PageStatus> {
    if (v === 'original' && !switcher) {
      state.variant = v;
      shown = analysed;
    } else {
      const [engine, c] = await Promise.all([loadEngine('script'), conversionNow()]);
      state.variant = v;
      shown = v === 'original' ? analysed : convertedTo(v, c);
      // The rest of the page (title, headings, navigation) follows the reader's script.
      switcher ??= engine.createScriptSwitcher(document.documentElement, {
        source: c.source,
        // Our own UI, and the hidden original: the reader already shows that text, converted.
        exclude: `${HOST_TAG}, [${ORIGINAL_MARK}]`,
        title: true,
      });
      switcher.switchTo(v);
    }
    rerender();
    // Only an open figures panel answers; with none open there is nobody to tell.
    void sendMessage('panel:changed', url).catch(() => {});
    if (remember) {
      const s = await readSettings();
      await settingsItem.setValue({ ...s, sites: { ...s.sites, [host]: { ...s.sites[host], variant: v } } });
    }
    return status();
  }

  async function setPinyin(on: boolean): Promise<PageStatus> {
    if (on) await pinyinNow();
    state.pinyin = on;
    rerender();
    return status();
  }

  function figures(): FigureList {
    return {
      url,
      title: shown.title,
      date: analysed.date,
      press: analysed.press,
      variant: state.variant,
      figures: figureRows(analysed, figuresNow(), shownConvert()),
    };
  }

  async function revealFigure(id: number): Promise<boolean> {
    const f = figuresNow()[id];
    if (!f) return false;
    if (!ui) await show();
    const turn = shown.turns[f.turn];
    const text = shownConvert()(f.text);
    const start = turn ? turn.text.indexOf(text, Math.max(0, Math.floor(f.start * 0.8) - 4)) : -1;
    state.focus = {
      turn: f.turn,
      start: start >= 0 ? start : f.start,
      end: (start >= 0 ? start : f.start) + text.length,
    };
    rerender();
    return true;
  }

  async function saveQuote(q: QuoteRequest): Promise<SaveResult> {
    const turn = shown.turns[q.turnIndex];
    const orig = analysed.turns[q.turnIndex];
    const section = analysed.sections[orig?.section ?? -1];
    const questionTurn = section?.turns.map((i) => analysed.turns[i]).find((t) => t?.kind === 'question');
    const published =
      state.variant === 'original'
        ? q.text
        : (await conversionNow()).toOriginal(q.text, orig?.text ?? '', state.variant);
    const result = await sendMessage('quotes:save', {
      text: q.text,
      original: published,
      variant: state.variant,
      speaker: turn?.kind === 'question' ? (turn.speaker ?? null) : (turn?.speaker ?? turn?.label ?? null),
      role: turn?.role ?? null,
      outlet: questionTurn?.outlet ?? questionTurn?.label ?? null,
      question: questionTurn && questionTurn !== orig ? questionTurn.text : null,
      conferenceTitle: analysed.title,
      conferenceDate: analysed.date,
      url,
      pageTitle: document.title,
      context: contextAround(orig?.text ?? '', published),
    }).catch((err: unknown): SaveResult => ({ ok: false, error: messageOf(err) }));
    toast.show(result.ok ? i18n.t('toastQuoteSaved', [String(result.total)]) : result.error, !result.ok);
    return result;
  }

  /** Shortcut and context menu: the selection may be in the reader's shadow root or in the page itself. */
  async function saveSelection(): Promise<SaveResult> {
    const root = ui?.shadow;
    const sel =
      (root && 'getSelection' in root ? (root as unknown as Document).getSelection() : null) ?? getSelection();
    const text = sel?.toString().trim() ?? '';
    if (!text) {
      toast.show(i18n.t('toastNothingSelected'), true);
      return { ok: false, error: i18n.t('toastNothingSelected') };
    }
    const anchor = sel?.anchorNode?.parentElement?.closest('[data-turn]');
    const turnIndex = anchor ? Number(anchor.getAttribute('data-turn')) : findTurn(text);
    return saveQuote({ text, turnIndex });
  }

  function findTurn(text: string): number {
    const probe = text.slice(0, 20);
    return shown.turns.findIndex((t) => t.text.includes(probe));
  }

  const handlers = [
    onMessage('reader:status', () => status()),
    onMessage('reader:show', () => show()),
    onMessage('reader:autoOpen', () => (analysed.press ? show() : status())),
    onMessage('reader:hide', () => hide()),
    onMessage('reader:setVariant', ({ data }) => setVariant(data, true)),
    onMessage('reader:setPinyin', ({ data }) => setPinyin(data)),
    onMessage('reader:figures', () => figures()),
    onMessage('reader:revealFigure', ({ data }) => revealFigure(data)),
    onMessage('reader:saveSelection', () => saveSelection()),
  ];
  ctx.onInvalidated(() => {
    handlers.forEach((off) => off());
    hide();
    toast.dispose();
  });
}

/** The published words on either side of a passage within its paragraph: they make the text-fragment link exact. */
function contextAround(turnText: string, passage: string): { before: string; after: string } | undefined {
  const at = turnText.indexOf(passage);
  if (at < 0 || !passage) return undefined;
  const lineStart = turnText.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = turnText.indexOf('\n', at + passage.length);
  const end = lineEnd < 0 ? turnText.length : lineEnd;
  return {
    before: turnText.slice(Math.max(lineStart, at - 24), at),
    after: turnText.slice(at + passage.length, Math.min(end, at + passage.length + 24)),
  };
}

function report(what: string) {
  return (err: unknown) => console.warn(`[Briefing Reader] ${what}:`, err);
}
