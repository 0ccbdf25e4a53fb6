// The toolbar popup: the current page's status and controls above the quote clipboard.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../lib/errors';
import type { ImportResult } from '../../lib/protocol';
import type { CitationLang, QuoteFormat } from '../../lib/quotes/format';
import { groupByConference, searchQuotes } from '../../lib/quotes/list';
import type { Quote } from '../../lib/quotes/model';
import type { Settings } from '../../lib/settings';
import { translatorFor } from '../shared/i18n';
import { ClearConfirm } from './ClearConfirm';
import { CopyBar } from './CopyBar';
import { EmptyState } from './EmptyState';
import { ImportReport } from './ImportReport';
import { QuoteList } from './QuoteList';
import { StatusPanel } from './StatusPanel';
import type { PopupStrings, PopupTranslate } from './strings';
import type { CopyScript, PopupActions, PopupPageStatus } from './types';
import { UndoToast } from './UndoToast';

export interface PopupProps {
  status: PopupPageStatus;
  strings: PopupStrings | PopupTranslate;
  actions: PopupActions;
  quotes: readonly Quote[];
  settings: Settings;
  /** UI language, for dates. */
  lang?: CitationLang;
  /** The save-quote shortcut as the browser reports it (the user may have changed it). */
  saveShortcut?: string;
  /** Stored entries that could not be read (kept in storage, not listed). */
  damaged?: number;
  /** Folds text before search, e.g. a converter to Simplified so that 發佈會 finds 发布会. */
  normalise?: (text: string) => string;
  /** Whether the reader opens by itself on this page's site (shown as a switch when `actions.onAlwaysOn` exists). */
  alwaysOn?: boolean;
  /** How long Undo stays offered after a delete. */
  undoMs?: number;
}

type Notice = { kind: 'info' | 'error'; text: string };

const NOTICE_MS = 4000;

function defaultCopyScript(settings: Settings): CopyScript {
  if (settings.defaultVariant === 'hans') return 'hans';
  if (settings.defaultVariant === 'tw' || settings.defaultVariant === 'hk') return 'hant';
  return 'shown';
}

export function Popup(props: PopupProps) {
  const { actions, quotes } = props;
  const t = useMemo(() => translatorFor(props.strings), [props.strings]);
  const lang = props.lang ?? 'en';

  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [copyScript, setCopyScript] = useState<CopyScript>(() => defaultCopyScript(props.settings));
  const [copyPinyin, setCopyPinyin] = useState(false);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<{ token: number; text: string } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [importing, setImporting] = useState(false);
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  const undoToken = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  const allGroups = useMemo(() => groupByConference(quotes), [quotes]);
  const shown = useMemo(
    () => (query.trim() === '' ? quotes : searchQuotes(quotes, query, props.normalise)),
    [quotes, query, props.normalise],
  );
  const groups = useMemo(() => (shown === quotes ? allGroups : groupByConference(shown)), [shown, quotes, allGroups]);
  // Selection survives searching; quotes deleted elsewhere simply drop out of it. Listed in display order.
  const selectedIds = useMemo(
    () => allGroups.flatMap((g) => g.quotes.map((q) => q.id)).filter((id) => selected.has(id)),
    [allGroups, selected],
  );
  const shownIds = useMemo(() => groups.flatMap((g) => g.quotes.map((q) => q.id)), [groups]);
  const shownSelected = shownIds.filter((id) => selected.has(id)).length;

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = shownSelected > 0 && shownSelected < shownIds.length;
  }, [shownSelected, shownIds.length]);

  /** Runs an action, keeping the popup responsive and turning a failure into a visible message. */
  async function attempt<T>(run: () => T | Promise<T>, fail: (msg: string) => string): Promise<T | undefined> {
    setBusy(true);
    try {
      return await run();
    } catch (err) {
      setNotice({ kind: 'error', text: fail(messageOf(err)) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  const failed = (msg: string) => t('popupActionFailed', [msg]);

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

  function offerUndo(count: number) {
    undoToken.current += 1;
    setUndo({
      token: undoToken.current,
      text: count === 1 ? t('popupDeletedOne') : t('popupDeleted', [String(count)]),
    });
  }

  async function remove(ids: string[]) {
    if (ids.length === 0) return;
    const ok = await attempt(async () => {
      await actions.onDelete(ids);
      return true;
    }, failed);
    if (!ok) return;
    setSelected((prev) => new Set([...prev].filter((id) => !ids.includes(id))));
    offerUndo(ids.length);
  }

  async function undoLast() {
    setUndo(null);
    const ok = await attempt(async () => {
      await actions.onUndo();
      return true;
    }, failed);
    if (ok) setNotice({ kind: 'info', text: t('popupRestored') });
  }

  async function clearAll() {
    const count = quotes.length;
    setConfirming(false);
    const ok = await attempt(async () => {
      await actions.onClear();
      return true;
    }, failed);
    if (!ok) return;
    setSelected(new Set());
    offerUndo(count);
  }

  async function copy(format: QuoteFormat) {
    const ids = selectedIds;
    const ok = await attempt(
      async () => {
        await actions.onCopy(ids, format, { script: copyScript, pinyin: copyPinyin });
        return true;
      },
      (msg) => t('popupCopyFailed', [msg]),
    );
    if (ok) {
      setNotice({
        kind: 'info',
        text: ids.length === 1 ? t('popupCopiedOne') : t('popupCopied', [String(ids.length)]),
      });
    }
  }

  async function importFile(file: File) {
    setImportResult(null);
    setImporting(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setImportResult({ added: 0, duplicates: 0, rejected: [], error: t('popupImportReadError') });
        return;
      }
      const result = await attempt(
        () => actions.onImport(text),
        (msg) => t('popupImportError', [msg]),
      );
      if (result) setImportResult(result);
    } finally {
      setImporting(false);
      // The same file can be chosen again (e.g. after fixing it).
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  const total = quotes.length;
  return (
    <div class="pp-root">
      <StatusPanel
        status={props.status}
        t={t}
        onToggleReader={() => void attempt(() => actions.onToggleReader(), failed)}
        onVariant={(v) => void attempt(() => actions.onVariant(v), failed)}
        onPinyin={(on) => void attempt(() => actions.onPinyin(on), failed)}
        onFigures={() => void attempt(() => actions.onFigures(), failed)}
        onAnalyse={() => void attempt(() => actions.onAnalyse(), failed)}
        alwaysOn={
          actions.onAlwaysOn
            ? {
                checked: props.alwaysOn === true,
                onChange: (on) => void attempt(() => actions.onAlwaysOn?.(on), failed),
              }
            : undefined
        }
      />

      <section class="pp-clipboard" aria-labelledby="pp-quotes-heading">
        <div class="pp-list-head">
          <h2 id="pp-quotes-heading" class="pp-heading">
            {t('popupQuotesHeading')}
          </h2>
          {total > 0 && (
            <span class="pp-count">
              {total === 1 ? t('popupQuoteCountOne') : t('popupQuoteCount', [String(total)])}
            </span>
          )}
        </div>

        {total > 0 && (
          <div class="pp-search-row">
            <input
              ref={selectAll}
              type="checkbox"
              class="pp-select-all"
              aria-label={t('popupSelectAll')}
              title={t('popupSelectAll')}
              checked={shownIds.length > 0 && shownSelected === shownIds.length}
              disabled={shownIds.length === 0}
              onChange={(e) => toggleAllShown((e.currentTarget as HTMLInputElement).checked)}
            />
            <input
              type="search"
              class="pp-search"
              aria-label={t('popupSearchLabel')}
              placeholder={t('popupSearchPlaceholder')}
              value={query}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        )}

        {props.damaged ? (
          <p class="pp-warning" role="note">
            {t('popupDamaged', [String(props.damaged)])}
          </p>
        ) : null}

        <div class="pp-scroll">
          {total === 0 ? (
            <EmptyState t={t} shortcut={props.saveShortcut ?? 'Alt+Shift+S'} />
          ) : groups.length === 0 ? (
            <p class="pp-no-match">{t('popupNoMatches', [query.trim()])}</p>
          ) : (
            <QuoteList
              groups={groups}
              t={t}
              lang={lang}
              selected={selected}
              onSelect={select}
              onDelete={(id) => void remove([id])}
              onOpenLink={actions.onOpenLink}
            />
          )}
        </div>

        {selectedIds.length > 0 && (
          <CopyBar
            t={t}
            count={selectedIds.length}
            script={copyScript}
            pinyin={copyPinyin}
            busy={busy}
            onScript={setCopyScript}
            onPinyin={setCopyPinyin}
            onCopy={(f) => void copy(f)}
            onDelete={() => void remove(selectedIds)}
            onClearSelection={() => setSelected(new Set())}
          />
        )}

        <p class={notice?.kind === 'error' ? 'pp-notice pp-notice-error' : 'pp-notice'} role="status">
          {notice?.text ?? ''}
        </p>

        {importResult && <ImportReport t={t} result={importResult} onDismiss={() => setImportResult(null)} />}

        {confirming ? (
          <ClearConfirm
            t={t}
            count={total}
            onConfirm={() => void clearAll()}
            onCancel={() => {
              setConfirming(false);
              // Focus goes back where it came from rather than to the top of the popup.
              requestAnimationFrame(() => clearButton.current?.focus());
            }}
          />
        ) : (
          <div class="pp-tools" role="group" aria-label={t('popupTools')}>
            <span class="pp-tools-label" aria-hidden="true">
              {t('popupExportLabel')}
            </span>
            <button
              type="button"
              class="pp-btn pp-btn-small"
              aria-label={t('popupExportJson')}
              disabled={total === 0}
              onClick={() => void attempt(() => actions.onExport('json'), failed)}
            >
              {t('popupFormatJson')}
            </button>
            <button
              type="button"
              class="pp-btn pp-btn-small"
              aria-label={t('popupExportMarkdown')}
              disabled={total === 0}
              onClick={() => void attempt(() => actions.onExport('markdown'), failed)}
            >
              {t('popupFormatMarkdown')}
            </button>
            <label class="pp-btn pp-btn-small pp-file" aria-busy={importing}>
              <input
                ref={fileInput}
                type="file"
                aria-label={t('popupImportJson')}
                accept=".json,application/json"
                disabled={importing}
                onChange={(e) => {
                  const file = (e.currentTarget as HTMLInputElement).files?.[0];
                  if (file) void importFile(file);
                }}
              />
              <span aria-hidden="true">{importing ? t('popupImporting') : t('popupImport')}</span>
            </label>
            <span class="pp-spacer" />
            {total > 0 && (
              <button
                ref={clearButton}
                type="button"
                class="pp-btn pp-btn-small pp-btn-quiet-danger"
                onClick={() => setConfirming(true)}
              >
                {t('popupClearAll')}
              </button>
            )}
            {actions.onOpenSettings && (
              <button
                type="button"
                class="pp-icon-btn"
                aria-label={t('popupSettings')}
                title={t('popupSettings')}
                onClick={() => void attempt(() => actions.onOpenSettings?.(), failed)}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path
                    d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5ZM6.9 1.5h2.2l.4 1.7 1.2.7 1.7-.5 1.1 1.9-1.3 1.2v1.4l1.3 1.2-1.1 1.9-1.7-.5-1.2.7-.4 1.7H6.9l-.4-1.7-1.2-.7-1.7.5-1.1-1.9L3.8 8.7V7.3L2.5 6.1l1.1-1.9 1.7.5 1.2-.7Z"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="1.2"
                    stroke-linejoin="round"
                  />
                </svg>
              </button>
            )}
          </div>
        )}
      </section>

      {undo && (
        <UndoToast
          key={undo.token}
          t={t}
          message={undo.text}
          durationMs={props.undoMs ?? 8000}
          onUndo={() => void undoLast()}
          onExpire={() => setUndo(null)}
        />
      )}
    </div>
  );
}
