// The quotes the popup lists (all, or those the search finds, grouped by conference) and which of them are
// selected. The selection survives searching; quotes deleted elsewhere simply drop out of it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupByConference, searchQuotes } from '../../lib/quotes/list';
import type { Quote } from '../../lib/quotes/model';

export function useQuoteSelection(quotes: readonly Quote[], query: string, normalise?: (text: string) => string) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const allGroups = useMemo(() => groupByConference(quotes), [quotes]);
  const shown = useMemo(
    () => (query.trim() === '' ? quotes : searchQuotes(quotes, query, normalise)),
    [quotes, query, normalise],
  );
  const groups = useMemo(() => (shown === quotes ? allGroups : groupByConference(shown)), [shown, quotes, allGroups]);
  // Listed in display order.
  const selectedIds = useMemo(
    () => allGroups.flatMap((g) => g.quotes.map((q) => q.id)).filter((id) => selected.has(id)),
    [allGroups, selected],
  );
  const shownIds = useMemo(() => groups.flatMap((g) => g.quotes.map((q) => q.id)), [groups]);
  const shownSelected = shownIds.filter((id) => selected.has(id)).length;

  // The select-all box is mixed while some, not all, of the quotes shown are selected.
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = shownSelected > 0 && shownSelected < shownIds.length;
  }, [shownSelected, shownIds.length]);

  function select(id: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function toggleAllShown(on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of shownIds) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  return { groups, selected, setSelected, selectedIds, shownIds, shownSelected, selectAll, select, toggleAllShown };
}
