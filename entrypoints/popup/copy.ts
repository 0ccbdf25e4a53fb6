// Copying quotes: formats from lib/quotes, script conversion and pinyin loaded only when a copy needs them.
import { browser } from '#imports';
import type { CopyOptions } from '@/components/popup/types';
import { formatQuotes, type CitationLang, type QuoteFormat } from '@/lib/quotes/format';
import type { Quote } from '@/lib/quotes/model';

export function uiLang(): CitationLang {
  const ui = browser.i18n.getUILanguage().toLowerCase();
  if (ui.startsWith('zh')) return /tw|hk|mo|hant/.test(ui) ? 'zh-Hant' : 'zh-Hans';
  return 'en';
}

export async function copyQuotes(quotes: Quote[], format: QuoteFormat, options: CopyOptions): Promise<void> {
  const { convertText } = await import('@/lib/script/conversion');
  const { pickSource } = await import('@/lib/script/source');
  const pinyin = options.pinyin || format === 'english' ? await import('@/lib/pinyin/index') : null;
  // English citations name a speaker the official terms do not know in pinyin (Mao Ning).
  const romanise =
    pinyin && format === 'english'
      ? (name: string) => pinyin.readingsFor(name).filter((r): r is string => r !== null)
      : undefined;
  const parts = quotes.map((q) => {
    const source = pickSource(q.original, q.url);
    const convert =
      options.script === 'shown'
        ? undefined
        : (s: string) => convertText(s, options.script === 'hans' ? 'hans' : 'tw', source);
    return formatQuotes([q], format, {
      lang: uiLang(),
      convert,
      romanise,
      pinyin:
        pinyin && options.pinyin
          ? (s) =>
              pinyin
                .readingsFor(s)
                .filter((r): r is string => r !== null)
                .join(' ')
          : undefined,
    });
  });
  await navigator.clipboard.writeText(parts.join('\n\n'));
}
