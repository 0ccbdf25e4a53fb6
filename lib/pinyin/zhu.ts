// Traditional script writes one character, 著, for what Simplified splits into 著 (zhù: to write, notable) and
// 着 (zhe, zhuó, zháo: aspect particle, to touch). OpenCC's character converter keeps 著, and pinyin-pro then
// reads 接著 / 起著 / 標誌著 as "zhù". 著 is zhù only in a closed set of words about writing and renown; everywhere
// else it is the 着 of Simplified text, so the engine reads it as 着 (which pinyin-pro resolves in context).

/** Two-character words (Simplified) in which 著 is read zhù. */
const ZHU_WORDS = new Set([
  '专著',
  '丰著',
  '原著',
  '名著',
  '合著',
  '大著',
  '宏著',
  '巨著',
  '拙著',
  '撰著',
  '新著',
  '昭著',
  '显著',
  '杰著',
  '土著',
  '编著',
  '著书',
  '著作',
  '著名',
  '著录',
  '著文',
  '著称',
  '著者',
  '著述',
  '论著',
  '译著',
  '遗著',
  '卓著',
]);

/** `text` (Simplified, index-aligned) with every 著 outside a zhù word replaced by 着; same length. */
export function resolveZhu(text: string): string {
  if (!text.includes('著')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '著') {
      out += ch;
      continue;
    }
    const before = (text[i - 1] ?? '') + ch;
    const after = ch + (text[i + 1] ?? '');
    out += ZHU_WORDS.has(before) || ZHU_WORDS.has(after) ? ch : '着';
  }
  return out;
}
