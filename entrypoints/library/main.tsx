// Composition root of the library page: the database in, the page's actions out. The first screen reads one page
// of summaries through the date index; a search reads the bigrams it needs and the texts of the exchanges shown.
import { browser } from '#imports';
import { i18n } from '#i18n';
import { render } from 'preact';
import { LibraryPage, type LibraryActions, type LibraryState } from '@/components/library/LibraryPage';
import { exportWords } from '@/components/library/StoredView';
import type { LibraryTranslate } from '@/components/library/strings';
import '@/components/library/library.css';
import { messageOf } from '@/lib/errors';
import { libraryJson, parseLibrary } from '@/lib/library/exchange';
import { DEFAULT_LIBRARY_PREFS, type LibraryPrefs } from '@/lib/library/prefs';
import { searchLibrary } from '@/lib/library/query';
import { LibraryDb, QuotaError } from '@/platform/library-db';
import { libraryPrefsItem, readLibraryPrefs } from '@/platform/storage';
import { exportTranscript, saveFile } from './exports';

const PAGE = 30;
const app = document.getElementById('app')!;
const t: LibraryTranslate = (key, subs) => i18n.t(key as never, (subs ?? []) as never);
let db: LibraryDb;
const state: LibraryState = {
  count: 0,
  usage: null,
  persistent: false,
  prefs: DEFAULT_LIBRARY_PREFS,
  list: [],
  more: false,
  query: '',
  filters: {},
  sites: [],
  search: null,
  notice: null,
  stored: null,
};

function draw(): void {
  render(<LibraryPage state={state} t={t} actions={actions} />, app);
}

function say(text: string, error = false): void {
  state.notice = { text, error };
  draw();
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function refresh(): Promise<void> {
  const [count, list, sites] = await Promise.all([db.count(), db.page(PAGE), db.sites()]);
  Object.assign(state, { count, list, more: list.length === PAGE && count > PAGE, sites });
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  state.usage = estimate?.usage !== undefined ? megabytes(estimate.usage) : null;
  if (state.query) await runSearch(state.query, state.filters);
  draw();
}

async function runSearch(query: string, filters: LibraryState['filters']): Promise<void> {
  state.query = query;
  state.filters = filters;
  state.search = query.trim() ? await searchLibrary(db, query, { filters, limit: 50 }) : null;
  draw();
}

async function setPrefs(patch: Partial<LibraryPrefs>): Promise<void> {
  state.prefs = { ...(await readLibraryPrefs()), ...patch };
  await libraryPrefsItem.setValue(state.prefs);
  draw();
}

async function withTranscript(
  no: number,
  run: (tr: NonNullable<Awaited<ReturnType<LibraryDb['transcript']>>>) => unknown,
) {
  const tr = await db.transcript(no);
  if (tr) await run(tr);
}

const report = (err: unknown) => say(err instanceof QuotaError ? t('libraryQuotaFull') : messageOf(err), true);

const actions: LibraryActions = {
  onSearch: (query, filters) => void runSearch(query, filters).catch(report),
  onMore: () =>
    void db
      .page(PAGE, state.list[state.list.length - 1])
      .then((next) => {
        state.list = [...state.list, ...next];
        state.more = next.length === PAGE;
        draw();
      })
      .catch(report),
  onStored: (no, section) =>
    void withTranscript(no, (transcript) => {
      state.stored = { transcript, no, section: section ?? null };
      draw();
    }),
  onBack: () => {
    state.stored = null;
    draw();
  },
  onExport: (no, kind) => void withTranscript(no, (tr) => exportTranscript(tr, kind, exportWords(t))).catch(report),
  onStoredExport: (kind) => {
    if (state.stored) void exportTranscript(state.stored.transcript, kind, exportWords(t)).catch(report);
  },
  onForget: (no) =>
    void (async () => {
      const s = await db.summary(no);
      await db.remove([no]);
      await refresh();
      say(t('libraryForgotten', [s?.title ?? s?.url ?? '']));
    })().catch(report),
  onExclude: (site) => void setPrefs({ excluded: [...new Set([...state.prefs.excluded, site])] }),
  onInclude: (site) => void setPrefs({ excluded: state.prefs.excluded.filter((s) => s !== site) }),
  onKeep: (on) => void setPrefs({ enabled: on, noticeSeen: true }),
  onExportAll: () =>
    void db
      .all()
      .then((all) => {
        const stamp = new Date().toISOString().slice(0, 10);
        saveFile(
          `briefing-reader-library-${stamp}.json`,
          new Blob([libraryJson(all, new Date())], { type: 'application/json' }),
        );
      })
      .catch(report),
  onImport: (text) =>
    void (async () => {
      const parsed = parseLibrary(text);
      if (parsed.fault) {
        say(t('libraryImportFailed', [t(parsed.fault.key, parsed.fault.subs)]), true);
        return;
      }
      const r = await db.importAll(parsed.conferences);
      await refresh();
      say(t('libraryImported', [String(r.added), String(r.kept), String(parsed.rejected.length)]));
    })().catch(report),
  onClearAll: () => void db.clear().then(refresh).catch(report),
};

async function askPersistence(): Promise<void> {
  const storage = navigator.storage;
  if (!storage?.persist) return;
  state.persistent = (await storage.persisted()) || (await storage.persist());
  draw();
}

async function main(): Promise<void> {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t('libraryTitle');
  db = await LibraryDb.open();
  state.prefs = await readLibraryPrefs();
  await refresh();
  // A granted request keeps the library when the browser runs short of space. Not awaited: Firefox asks the user,
  // and the page must not wait for the answer.
  void askPersistence();
  libraryPrefsItem.watch(() => void readLibraryPrefs().then((p) => ((state.prefs = p), draw())));
  // Conferences kept in other tabs while this page was in the background.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !state.stored) void refresh().catch(report);
  });
}

void main().catch((err: unknown) => say(messageOf(err), true));
