// The library page: what is kept and how much room it takes, a search across every conference with its filters
// and counts, and the list of conferences by date (a page at a time) or the stored copy of one.
import type { LibraryPrefs } from '../../lib/library/prefs';
import type { ConferenceSummary, LibraryTranscript } from '../../lib/library/model';
import type { SearchPage } from '../../lib/library/query';
import type { Filters } from '../../lib/library/results';
import { Bars } from './Bars';
import { ConferenceRow, type ConferenceActions } from './ConferenceRow';
import type { ExportKind } from './ExportMenu';
import { LibraryTools, type ToolActions } from './LibraryTools';
import { ResultItem } from './ResultItem';
import { SearchForm } from './SearchForm';
import { StoredView } from './StoredView';
import type { LibraryTranslate } from './strings';

export interface LibraryState {
  count: number;
  usage: string | null;
  persistent: boolean;
  prefs: LibraryPrefs;
  list: ConferenceSummary[];
  more: boolean;
  query: string;
  filters: Filters;
  sites: string[];
  search: SearchPage | null;
  /** A sentence for the user: what an action did, or why it could not. */
  notice: { text: string; error: boolean } | null;
  stored: { transcript: LibraryTranscript; no: number; section: string | null } | null;
}

export interface LibraryActions extends ConferenceActions, ToolActions {
  onSearch: (query: string, filters: Filters) => void;
  onMore: () => void;
  onBack: () => void;
  onStoredExport: (kind: ExportKind) => void;
}

function Results({ s, t, a }: { s: LibraryState; t: LibraryTranslate; a: LibraryActions }) {
  const page = s.search;
  if (!page) return null;
  const n = page.facets.total;
  return (
    <section class="lb-results" aria-live="polite">
      <h2 class="lb-count">{n === 1 ? t('libraryResultsOne') : t('libraryResults', [String(n)])}</h2>
      {n === 0 ? <p class="lb-empty">{t('libraryNoResults')}</p> : null}
      <div class="lb-charts">
        <Bars
          title={t('libraryBySpeaker')}
          rows={page.facets.bySpeaker}
          onPick={(who) => a.onSearch(s.query, { ...s.filters, speaker: who })}
        />
        <Bars title={t('libraryByMonth')} rows={page.facets.byMonth} />
      </div>
      <ol class="lb-result-list">
        {page.results.map((r) => (
          <ResultItem key={`${r.ref.conf}:${r.ref.section}`} r={r} t={t} onStored={a.onStored} />
        ))}
      </ol>
    </section>
  );
}

export function LibraryPage({
  state: s,
  t,
  actions: a,
}: {
  state: LibraryState;
  t: LibraryTranslate;
  actions: LibraryActions;
}) {
  if (s.stored) {
    return (
      <main class="lb-root">
        <StoredView
          t={t}
          transcript={s.stored.transcript}
          section={s.stored.section}
          onBack={a.onBack}
          onExport={a.onStoredExport}
        />
      </main>
    );
  }
  return (
    <main class="lb-root">
      <header class="lb-header">
        <h1>{t('libraryTitle')}</h1>
        <p class="lb-summary">
          <span class="lb-total">{s.count === 1 ? t('libraryCountOne') : t('libraryCount', [String(s.count)])}</span>
          {s.usage ? <span class="lb-usage"> · {t('librarySpace', [s.usage])}</span> : null}
          {s.persistent ? <span class="lb-persist"> · {t('librarySpacePersistent')}</span> : null}
        </p>
      </header>
      {s.notice ? (
        <p class={s.notice.error ? 'lb-notice lb-error' : 'lb-notice'} role={s.notice.error ? 'alert' : 'status'}>
          {s.notice.text}
        </p>
      ) : null}
      <LibraryTools t={t} state={s} actions={a} />
      <SearchForm
        t={t}
        query={s.query}
        filters={s.filters}
        facets={s.search?.facets ?? null}
        sites={s.sites}
        onSearch={a.onSearch}
      />
      {s.search ? (
        <Results s={s} t={t} a={a} />
      ) : (
        <section class="lb-list">
          {s.count === 0 ? <p class="lb-empty">{t('libraryEmpty')}</p> : null}
          <ol class="lb-conf-list">
            {s.list.map((c) => (
              <ConferenceRow key={c.no} s={c} t={t} actions={a} />
            ))}
          </ol>
          {s.more ? (
            <button type="button" class="lb-more" onClick={a.onMore}>
              {t('libraryMore')}
            </button>
          ) : null}
        </section>
      )}
    </main>
  );
}
