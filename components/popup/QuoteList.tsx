import type { CitationLang } from '../../lib/quotes/format';
import { conferenceName, formatDate } from '../../lib/quotes/format';
import type { QuoteGroup } from '../../lib/quotes/list';
import { QuoteItem } from './QuoteItem';
import type { PopupTranslate } from './strings';
import { formatSavedAt } from './text';

export interface QuoteListProps {
  groups: readonly QuoteGroup[];
  t: PopupTranslate;
  lang: CitationLang;
  selected: ReadonlySet<string>;
  onSelect(id: string, on: boolean): void;
  onDelete(id: string): void;
  onOpenLink?: (url: string) => unknown;
}

export function QuoteList(p: QuoteListProps) {
  const { t } = p;
  return (
    <div class="pp-groups">
      {p.groups.map((group, index) => {
        const headingId = `pp-g-${index}`;
        const date = formatDate(group.date, p.lang);
        const count =
          group.quotes.length === 1 ? t('popupQuoteCountOne') : t('popupQuoteCount', [String(group.quotes.length)]);
        return (
          <section key={group.key} class="pp-group" aria-labelledby={headingId}>
            <header class="pp-group-head">
              <h3 id={headingId} class="pp-group-title" lang="zh" title={group.title ?? undefined}>
                {conferenceName(group.title, group.date) ?? t('popupUntitled')}
              </h3>
              <p class="pp-group-meta">{[date, group.host, count].filter((s) => s !== '').join(' · ')}</p>
            </header>
            <ul class="pp-quotes">
              {group.quotes.map((quote) => (
                <QuoteItem
                  key={quote.id}
                  quote={quote}
                  t={t}
                  selected={p.selected.has(quote.id)}
                  savedLabel={formatSavedAt(quote.savedAt, p.lang)}
                  onSelect={p.onSelect}
                  onDelete={p.onDelete}
                  onOpenLink={p.onOpenLink}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
