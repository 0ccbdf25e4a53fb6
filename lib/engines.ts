// What each lazily injected engine script offers the reader (types only: the reader never bundles the engines).
import type { createPinyinCache } from './pinyin/cache';
import type { createScriptSwitcher } from './script/dom';
import type { createConversion } from './script/conversion';

export interface Engines {
  script: { createConversion: typeof createConversion; createScriptSwitcher: typeof createScriptSwitcher };
  pinyin: { createPinyinCache: typeof createPinyinCache };
}

export type EngineName = keyof Engines;
