// Pinyin on hover and as ruby: pinyin-pro loads the first time the reader turns pinyin on.
import type { ReaderPinyin } from '@/components/reader/types';
import type { PageStatus } from '@/lib/protocol';
import { onMessage } from '@/platform/messaging';
import { loadEngine } from '../../shared/engines';
import type { ReaderCore } from '../core';
import type { ScriptFeature } from './script';

export interface PinyinFeature {
  /** The readings while pinyin is on, for the view. */
  source(): ReaderPinyin | null;
  setPinyin(on: boolean): Promise<PageStatus>;
}

export function pinyinFeature(core: ReaderCore, script: ScriptFeature, signal: AbortSignal): PinyinFeature {
  const { state } = core;
  let readings: ReaderPinyin | null = null;

  async function readingsNow(): Promise<ReaderPinyin> {
    if (readings) return readings;
    const [engine, c] = await Promise.all([loadEngine('pinyin'), script.conversion()]);
    readings ??= {
      source: engine.createPinyinCache({ tone: state.settings.tone, sandhi: state.settings.sandhi }),
      tone: state.settings.tone,
      modifier: state.settings.pinyinModifier,
      // Traditional text is read through its Simplified form, and the other way round for the card.
      convertOther: c.converter(core.pageScript === 'hans' ? 'tw' : 'hans'),
    };
    return readings;
  }

  async function setPinyin(on: boolean): Promise<PageStatus> {
    if (on) await readingsNow();
    state.pinyin = on;
    core.rerender();
    core.announce();
    return core.status();
  }

  const offs = [onMessage('reader:setPinyin', ({ data }) => setPinyin(data))];
  signal.addEventListener('abort', () => offs.forEach((off) => off()));
  return { source: () => (state.pinyin ? readings : null), setPinyin };
}
