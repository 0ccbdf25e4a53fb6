// What each lazily injected engine script offers the reader (types only: the reader never bundles the engines).
import type { WordCards } from './dictionary/index';
import type { createPinyinCache } from './pinyin/cache';
import type { getConverter } from './script/converters';
import type { createScriptSwitcher } from './script/dom';
import type { createConversion } from './script/conversion';

export interface Engines {
  script: {
    createConversion: typeof createConversion;
    createScriptSwitcher: typeof createScriptSwitcher;
    /** Also the pinyin engine's Traditional → Simplified reading (it carries no dictionaries of its own). */
    getConverter: typeof getConverter;
  };
  pinyin: {
    createPinyinCache: typeof createPinyinCache;
    /** Pays the first reading's one-off costs (lib/pinyin/warm.ts), a step a task; resolves once done. */
    warm(): Promise<void>;
  };
  /** The word card's lookups, built on the first call (the data files are already parsed by then). */
  dictionary: { wordCards(): WordCards };
}

export type EngineName = keyof Engines;
