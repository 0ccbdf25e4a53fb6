// The row above the list: select (or unselect) every quote shown, and the search box.
import type { Ref } from 'preact';
import type { PopupTranslate } from './strings';

export interface QuoteSearchProps {
  t: PopupTranslate;
  query: string;
  onQuery(query: string): void;
  /** The select-all box (the popup sets its mixed state). */
  selectAll: Ref<HTMLInputElement>;
  shownCount: number;
  shownSelected: number;
  onToggleAll(on: boolean): void;
}

export function QuoteSearch(p: QuoteSearchProps) {
  const { t } = p;
  return (
    <div class="pp-search-row">
      <input
        ref={p.selectAll}
        type="checkbox"
        class="pp-select-all"
        aria-label={t('popupSelectAll')}
        title={t('popupSelectAll')}
        checked={p.shownCount > 0 && p.shownSelected === p.shownCount}
        disabled={p.shownCount === 0}
        onChange={(e) => p.onToggleAll((e.currentTarget as HTMLInputElement).checked)}
      />
      <input
        type="search"
        class="pp-search"
        aria-label={t('popupSearchLabel')}
        placeholder={t('popupSearchPlaceholder')}
        value={p.query}
        onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
