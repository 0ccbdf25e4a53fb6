// Sections switched to or from ruby one by one. They apply under the whole-transcript mode they were made in; the
// toolbar toggle (a new mode) starts every section from that mode again.
import { useMemo, useState } from 'preact/hooks';
import type { TurnRuby } from './TurnText';
import type { ReaderPinyin, RubyMode } from './types';

const NO_OVERRIDES: ReadonlyMap<number, boolean> = new Map();

export interface RubySections {
  /** The engine for ruby text while pinyin is on, else null (no "Pinyin above" toggles). */
  source: TurnRuby | null;
  /** Section i shows pinyin above the characters. */
  isOn(i: number): boolean;
  set(i: number, on: boolean): void;
}

export function useRubySections(mode: RubyMode, pinyin: ReaderPinyin | null): RubySections {
  const source = useMemo<TurnRuby | null>(
    () => (pinyin ? { source: pinyin.source, tone: pinyin.tone } : null),
    [pinyin?.source, pinyin?.tone],
  );
  const [local, setLocal] = useState<{ mode: RubyMode; on: ReadonlyMap<number, boolean> }>({
    mode: 'off',
    on: NO_OVERRIDES,
  });
  const overrides = local.mode === mode ? local.on : NO_OVERRIDES;
  return {
    source,
    isOn: (i) => overrides.get(i) ?? mode === 'all',
    set: (i, on) =>
      setLocal((prev) => {
        const next = new Map(prev.mode === mode ? prev.on : NO_OVERRIDES);
        next.set(i, on);
        return { mode, on: next };
      }),
  };
}
