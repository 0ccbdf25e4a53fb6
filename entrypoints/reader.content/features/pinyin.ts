// Pinyin on hover and as ruby: pinyin-pro loads the first time the reader turns pinyin on. With the reader closed,
// pinyin on (the toolbar before closing, or the shortcut on any page) gives the word card on the page's own text.
import type { ReaderPinyin } from '@/components/reader/types';
import type { PageStatus } from '@/lib/protocol';
import { onMessage } from '@/platform/messaging';
import { readSettings } from '@/platform/storage';
import { loadEngine } from '../../shared/engines';
import type { ReaderCore } from '../core';
import { pageCardFeature } from './page-card';
import type { ScriptFeature } from './script';
import type { WordsFeature } from './words';

export interface PinyinFeature {
  /** The readings while pinyin is on, for the view. */
  source(): ReaderPinyin | null;
  setPinyin(on: boolean): Promise<PageStatus>;
}

export function pinyinFeature(
  core: ReaderCore,
  script: ScriptFeature,
  signal: AbortSignal,
  words?: WordsFeature,
): PinyinFeature {
  const { state } = core;
  let readings: ReaderPinyin | null = null;
  const page = pageCardFeature(core, () => readings, words, signal);

  async function readingsNow(): Promise<ReaderPinyin> {
    if (readings) return readings;
    // One engine after the other, never both scripts in one go: each is parsed in one task the page cannot
    // interrupt. The script engine comes first: the pinyin engine reads Traditional text through its converter.
    const c = await script.conversion();
    const scriptEngine = await loadEngine('script');
    const [engine, settings] = await Promise.all([
      // Pinyin is on once the engine has paid its first reading's costs, so the first hover does not.
      loadEngine('pinyin').then(async (e) => (await e.warm(), e)),
      // The open reader has read the settings; turned on from the page (the shortcut), they are read now.
      state.open ? state.settings : readSettings().catch(() => state.settings),
    ]);
    if (!state.open) state.settings = settings;
    readings ??= {
      source: engine.createPinyinCache({
        tone: state.settings.tone,
        sandhi: state.settings.sandhi,
        toSimplified: scriptEngine.getConverter('t', 'cn'),
      }),
      tone: state.settings.tone,
      modifier: state.settings.pinyinModifier,
      // Traditional text is read through its Simplified form, and the other way round for the card.
      convertOther: c.converter(core.pageScript === 'hans' ? 'tw' : 'hans'),
      sandhi: state.settings.sandhi,
      wordCards: words?.loader(),
      onSaveWord: words ? (pick) => words.save(pick) : undefined,
    };
    return readings;
  }

  async function setPinyin(on: boolean): Promise<PageStatus> {
    if (on) await readingsNow();
    state.pinyin = on;
    page.sync();
    core.rerender();
    core.announce();
    return core.status();
  }

  const offs = [onMessage('reader:setPinyin', ({ data }) => setPinyin(data))];
  signal.addEventListener('abort', () => offs.forEach((off) => off()));
  return { source: () => (state.pinyin ? readings : null), setPinyin };
}
