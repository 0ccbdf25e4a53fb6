// The reader view's lifecycle on the page: mounted in a shadow root before the transcript's container, which is
// hidden (never removed) while the reader shows, and put back exactly on close.
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { i18n } from '#i18n';
import { render } from 'preact';
import { PageUrl } from '@/components/reader/page-url';
import { ReaderView } from '@/components/reader/ReaderView';
import { sectionHref } from '@/components/reader/sectionIds';
import { guardTrustedInput } from '@/components/reader/trust';
import type { SaidBeforeState } from '@/components/reader/SaidBefore';
import type { ReaderActions } from '@/components/reader/types';
import type { ReaderStrings } from '@/components/reader/strings';
import readerCss from '@/components/reader/reader.css?inline';
import type { PageStatus } from '@/lib/protocol';
import { variantFor } from '@/lib/settings';
import { sendMessage } from '@/platform/messaging';
import { readSettings } from '@/platform/storage';
import { report, type ReaderCore } from '../core';
import { READER_HOST_TAG } from '../host';
import { Notice } from '../notice';
import { containerOf, hideOriginal, type HiddenOriginal } from '../original';
import type { PinyinFeature } from './pinyin';
import type { ScriptFeature } from './script';

type ShadowUi = Awaited<ReturnType<typeof createShadowRootUi>>;

export interface ViewFeature {
  /** Opens the reader; on a page the engine rules out, only when forced ("Open anyway"). */
  show(force?: boolean): Promise<PageStatus>;
  hide(): PageStatus;
  render(): void;
  shadow(): ShadowRoot | null;
}

export interface ViewDeps {
  script: ScriptFeature;
  pinyin: PinyinFeature;
  /** The reader's actions other than script and pinyin, which the view wires itself. */
  actions: Pick<ReaderActions, 'onFigures' | 'onSaveQuote'>;
  /** Earlier answers for the phrase last asked about (the library feature). */
  saidBefore?: () => SaidBeforeState | null;
}

export function viewFeature(ctx: ContentScriptContext, core: ReaderCore, deps: ViewDeps): ViewFeature {
  const { state, analysed } = core;
  let ui: ShadowUi | null = null;
  let original: HiddenOriginal | null = null;
  let showing: Promise<PageStatus> | null = null;
  const notice = new Notice(document);

  const actions: ReaderActions = {
    ...deps.actions,
    onScript: (v) => void deps.script.setVariant(v, true).catch(report('script switch')),
    onPinyin: (on) => void deps.pinyin.setPinyin(on).catch(report('pinyin')),
    onRuby: (mode) => {
      state.ruby = mode;
      rerender();
    },
    onClose: () => hide(),
    onSection: (id) => history.replaceState(history.state, '', sectionHref(location.href, id)),
  };

  function rerender() {
    if (!ui?.mounted) return;
    render(
      <PageUrl.Provider value={location.href}>
        <ReaderView
          transcript={state.shown}
          host={core.host}
          strings={state.strings}
          pinyin={deps.pinyin.source()}
          settings={{
            variant: state.variant,
            pinyin: state.pinyin,
            ruby: state.ruby,
            pageLang: document.documentElement.getAttribute('lang'),
            initialSection: location.hash.slice(1) || null,
          }}
          focusRange={state.focus}
          saidBefore={deps.saidBefore?.() ?? null}
          actions={actions}
        />
      </PageUrl.Provider>,
      ui.mounted as HTMLElement,
    );
  }

  async function open(force: boolean): Promise<PageStatus> {
    if (!analysed.press && !force) {
      // The engine's reasons, not a bare "no": the user decides whether the page is worth reading anyway.
      notice.show(
        {
          message: i18n.t('noticeNotTranscript', [analysed.reasons.join('; ') || i18n.t('toastNotTranscript')]),
          openAnyway: i18n.t('noticeOpenAnyway'),
          dismiss: i18n.t('noticeDismiss'),
        },
        () => void show(true).catch(report('open anyway')),
      );
      return core.status();
    }
    notice.dispose();
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
    if (table) state.strings = table as ReaderStrings;
    const anchor = containerOf(analysed);
    ui = await createShadowRootUi(ctx, {
      name: READER_HOST_TAG,
      position: 'inline',
      // Closed to page scripts; only the browser tests' build (`--mode e2e`, never packed) opens it to read it.
      mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
      anchor,
      append: 'before',
      css: readerCss,
      onMount: (root) => root,
      onRemove: (root) => root && render(null, root as HTMLElement),
    });
    // Chromium lays out only the sections in view (reader.css); not Firefox ESR (see docs/browser-quirks.md).
    if (import.meta.env.CHROME) ui.shadowHost.setAttribute('data-lazy-layout', '');
    // Before the first render: nothing the page dispatches into the root may reach our listeners, even for a moment.
    guardTrustedInput(ui.shadow);
    ui.mount();
    state.open = true;
    original = hideOriginal(anchor);
    const variant = variantFor(settings, core.host);
    if (variant === 'original') {
      rerender();
      // A figures panel that asked before the reader existed is waiting to hear of it.
      void sendMessage('panel:changed', core.url).catch(() => {});
    } else await deps.script.setVariant(variant, false);
    core.announce();
    return core.status();
  }

  function show(force = false): Promise<PageStatus> {
    if (ui) return Promise.resolve(core.status());
    showing ??= open(force).finally(() => (showing = null));
    return showing;
  }

  function hide(): PageStatus {
    notice.dispose();
    ui?.remove();
    ui = null;
    state.open = false;
    deps.script.restore();
    original?.restore();
    original = null;
    core.announce();
    return core.status();
  }

  return { show, hide, render: rerender, shadow: () => ui?.shadow ?? null };
}
