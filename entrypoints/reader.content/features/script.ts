// Script variants: the reader's transcript converted once per variant, and the rest of the page's text switched
// with it (exact undo). opencc-js loads on the first switch: readers who never switch never pay for it.
import type { Conversion } from '@/lib/script/variant';
import type { ScriptSwitcher } from '@/lib/script/dom';
import type { Variant } from '@/lib/script/types';
import type { Transcript } from '@/lib/transcript/types';
import type { PageStatus } from '@/lib/protocol';
import { onMessage, sendMessage } from '@/platform/messaging';
import { loadEngine } from '../../shared/engines';
import { convertTranscript } from '../convert-transcript';
import { ORIGINAL_MARK } from '../original';
import { READER_HOST_SELECTOR } from '../host';
import type { ReaderCore } from '../core';

export interface ScriptFeature {
  conversion(): Promise<Conversion>;
  /** Converts a string from the page's script to the shown variant (identity before the engine has loaded). */
  shownConvert(): (s: string) => string;
  setVariant(v: Variant, remember: boolean): Promise<PageStatus>;
  /** Puts every page text node back as published. */
  restore(): void;
}

export function scriptFeature(core: ReaderCore, signal: AbortSignal): ScriptFeature {
  const { state, analysed, url } = core;
  let conversion: Conversion | null = null;
  let switcher: ScriptSwitcher | null = null;
  const converted = new Map<Variant, Transcript>();

  const conversionNow = (): Promise<Conversion> =>
    conversion
      ? Promise.resolve(conversion)
      : loadEngine('script').then((e) => (conversion ??= e.createConversion(core.pageText, url)));

  const convertedTo = (v: Variant, c: Conversion): Transcript => {
    let t = converted.get(v);
    if (!t) converted.set(v, (t = convertTranscript(analysed, c.converter(v))));
    return t;
  };

  async function setVariant(v: Variant, remember: boolean): Promise<PageStatus> {
    if (v === 'original' && !switcher) {
      state.variant = v;
      state.shown = analysed;
    } else {
      const [engine, c] = await Promise.all([loadEngine('script'), conversionNow()]);
      state.variant = v;
      state.shown = v === 'original' ? analysed : convertedTo(v, c);
      // The rest of the page (title, headings, navigation) follows the reader's script.
      switcher ??= engine.createScriptSwitcher(document.documentElement, {
        source: c.source,
        // Our own UI, and the hidden original: the reader already shows that text, converted.
        exclude: `${READER_HOST_SELECTOR}, [${ORIGINAL_MARK}]`,
        title: true,
      });
      switcher.switchTo(v);
    }
    core.rerender();
    // Only an open figures panel answers; with none open there is nobody to tell.
    void sendMessage('panel:changed', url).catch(() => {});
    // The background is the one writer of the settings: writes from several tabs never overwrite each other.
    core.announce();
    if (remember) await sendMessage('settings:update', [{ site: core.host, patch: { variant: v } }]);
    return core.status();
  }

  const offs = [onMessage('reader:setVariant', ({ data }) => setVariant(data, true))];
  signal.addEventListener('abort', () => offs.forEach((off) => off()));

  return {
    conversion: conversionNow,
    shownConvert: () => (state.variant === 'original' || !conversion ? (x) => x : conversion.converter(state.variant)),
    setVariant,
    restore() {
      switcher?.restore();
      switcher = null;
      state.variant = 'original';
      state.shown = analysed;
    },
  };
}
