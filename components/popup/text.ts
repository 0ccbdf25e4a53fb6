// Small text helpers for the popup's rendering of page-derived (untrusted) data.
import type { CitationLang } from '../../lib/quotes/format';
import type { Variant } from '../../lib/script/types';
import { siteOf } from '../../lib/url';
export { siteOf };

/** The first `max` code points of a one-line version of `text`, with an ellipsis when cut. */
export function snippet(text: string, max: number): string {
  const points = Array.from(text.replace(/\s+/g, ' ').trim());
  return points.length <= max ? points.join('') : points.slice(0, max).join('').trimEnd() + '…';
}

/**
 * A link target we are willing to render: web and file pages only. Imported quotes are validated upstream, but a
 * `javascript:` or `data:` address must never become a clickable link even if one slips through.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'file:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** lang attribute for text shown in a reading variant: picks the right CJK glyph forms. */
export function langOfVariant(variant: Variant): string {
  if (variant === 'hans') return 'zh-Hans';
  if (variant === 'tw') return 'zh-TW';
  if (variant === 'hk') return 'zh-HK';
  return 'zh';
}

/** BCP 47 locale for dates shown in the UI language. */
export function localeOf(lang: CitationLang): string {
  return lang === 'zh-Hans' ? 'zh-CN' : lang === 'zh-Hant' ? 'zh-TW' : 'en';
}

/** "12 Jun 2018, 14:03" in the UI language; the raw value when it is not a date. */
export function formatSavedAt(iso: string, lang: CitationLang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
