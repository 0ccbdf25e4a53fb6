import type { Quote } from '../../lib/quotes/model';
import type { PopupTranslate } from './strings';
import { variantLang } from '../../lib/script/variant';
import { safeHref, snippet } from './text';

export interface QuoteItemProps {
  quote: Quote;
  t: PopupTranslate;
  selected: boolean;
  savedLabel: string;
  onSelect(id: string, on: boolean): void;
  onDelete(id: string): void;
  onOpenLink?: (url: string) => unknown;
}

/** Who said it: "speaker (role) · outlet", or whatever part of it is known. */
export function attribution(q: Quote): string {
  const who = q.speaker ? (q.role ? `${q.speaker}（${q.role}）` : q.speaker) : null;
  return [who, q.outlet].filter((s): s is string => !!s).join(' · ');
}

export function QuoteItem({ quote, t, selected, savedLabel, onSelect, onDelete, onOpenLink }: QuoteItemProps) {
  const href = safeHref(quote.fragmentUrl) ?? safeHref(quote.url);
  const who = attribution(quote);
  const checkboxId = `pp-q-${quote.id}`;
  return (
    <li class={selected ? 'pp-quote pp-quote-selected' : 'pp-quote'} data-id={quote.id}>
      <input
        id={checkboxId}
        class="pp-quote-check"
        type="checkbox"
        checked={selected}
        aria-label={t('popupSelectQuote', [snippet(quote.text, 24)])}
        onChange={(e) => onSelect(quote.id, (e.currentTarget as HTMLInputElement).checked)}
      />
      <div class="pp-quote-body">
        <label for={checkboxId} class="pp-quote-text" lang={variantLang(quote.variant)}>
          {quote.text}
        </label>
        {who && (
          <p class="pp-quote-who" lang="zh">
            {who}
          </p>
        )}
        {quote.question && (
          <p class="pp-quote-question" lang="zh" title={snippet(quote.question, 200)}>
            {t('popupQuestion', [snippet(quote.question, 40)])}
          </p>
        )}
        <div class="pp-quote-foot">
          {href && (
            <a
              class="pp-link"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              title={t('popupOpenPassageTitle')}
              onClick={(e) => {
                if (!onOpenLink) return;
                e.preventDefault();
                onOpenLink(href);
              }}
            >
              {t('popupOpenPassage')}
            </a>
          )}
          <time class="pp-quote-time" dateTime={quote.savedAt}>
            {t('popupSavedAt', [savedLabel])}
          </time>
          <button
            type="button"
            class="pp-icon-btn"
            aria-label={t('popupDeleteOne')}
            title={t('popupDeleteOne')}
            onClick={() => onDelete(quote.id)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path
                d="M6 2h4M2.5 4h11M4 4l.7 9.2a1 1 0 0 0 1 .8h4.6a1 1 0 0 0 1-.8L12 4M6.5 7v4.5M9.5 7v4.5"
                fill="none"
                stroke="currentColor"
                stroke-width="1.3"
                stroke-linecap="round"
              />
            </svg>
          </button>
        </div>
      </div>
    </li>
  );
}
