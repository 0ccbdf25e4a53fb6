// Work counted while reading a text, for the tests that prove the engine linear without timing it: every
// external call whose cost grows with its input (ICU segmentation, pinyin-pro) and every dictionary probe.

export interface WorkMeter {
  segmenterCalls: number;
  segmenterChars: number;
  /** Longest text handed to ICU in one call: ICU's cost per character grows with it. */
  longestSegmenterInput: number;
  pinyinCalls: number;
  pinyinChars: number;
  longestPinyinInput: number;
  /** Press-dictionary candidates compared with the text, and matches compared with each other. */
  dictionaryProbes: number;
}

export function createWorkMeter(): WorkMeter {
  return {
    segmenterCalls: 0,
    segmenterChars: 0,
    longestSegmenterInput: 0,
    pinyinCalls: 0,
    pinyinChars: 0,
    longestPinyinInput: 0,
    dictionaryProbes: 0,
  };
}
