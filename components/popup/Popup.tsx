// The toolbar popup: the current page's status and controls above the quote clipboard. The state lives in hooks
// named after what they hold (useAttempt, useQuoteSelection, useCopy, useDeletes, useImport); this file lays out.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CitationLang } from '../../lib/quotes/format';
import type { Quote } from '../../lib/quotes/model';
import type { Settings } from '../../lib/settings';
import type { SavedWord } from '../../lib/words/model';
import { translatorFor } from '../shared/i18n';
import { ClearConfirm } from './ClearConfirm';
import { CopyBar } from './CopyBar';
import { EmptyState } from './EmptyState';
import { ImportReport } from './ImportReport';
import { QuoteList } from './QuoteList';
import { QuoteSearch } from './QuoteSearch';
import { QuoteTools } from './QuoteTools';
import { StatusPanel } from './StatusPanel';
import type { PopupStrings, PopupTranslate } from './strings';
import type { PopupActions, PopupPageStatus } from './types';
import { UndoToast } from './UndoToast';
import { useAttempt } from './useAttempt';
import { useCopy } from './useCopy';
import { useDeletes } from './useDeletes';
import { useImport } from './useImport';
import { useQuoteSelection } from './useQuoteSelection';
import { WordList } from './WordList';

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
  /** Words saved from the reader's word card (shown with `actions.onExportWords`). */
  words?: readonly SavedWord[];
}

export function Popup(props: PopupProps) {
  const { actions, quotes } = props;
  const t = useMemo(() => translatorFor(props.strings), [props.strings]);
  const lang = props.lang ?? 'en';

  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const { busy, notice, setNotice, attempt } = useAttempt();
  const failed = (msg: string) => t('popupActionFailed', [msg]);
  const sel = useQuoteSelection(quotes, query, props.normalise);
  const { groups, selected, selectedIds } = sel;
  const copying = useCopy(props.settings, actions, t, attempt, setNotice);
  const deletes = useDeletes({ actions, t, attempt, setNotice, setSelected: sel.setSelected });
  const imports = useImport(actions, t, attempt);
  const { undo } = deletes;

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
          <QuoteSearch
            t={t}
            query={query}
            onQuery={setQuery}
            selectAll={sel.selectAll}
            shownCount={sel.shownIds.length}
            shownSelected={sel.shownSelected}
            onToggleAll={sel.toggleAllShown}
          />
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
              onSelect={sel.select}
              onDelete={(id) => void deletes.remove([id])}
              onOpenLink={actions.onOpenLink}
            />
          )}
        </div>

        {selectedIds.length > 0 && (
          <CopyBar
            t={t}
            count={selectedIds.length}
            script={copying.script}
            pinyin={copying.pinyin}
            busy={busy}
            onScript={copying.setScript}
            onPinyin={copying.setPinyin}
            onCopy={(f) => void copying.copy(selectedIds, f)}
            onDelete={() => void deletes.remove(selectedIds)}
            onClearSelection={() => sel.setSelected(new Set())}
          />
        )}

        <p class={notice?.kind === 'error' ? 'pp-notice pp-notice-error' : 'pp-notice'} role="status">
          {notice?.text ?? ''}
        </p>

        {imports.importResult && <ImportReport t={t} result={imports.importResult} onDismiss={imports.dismissReport} />}

        {confirming ? (
          <ClearConfirm
            t={t}
            count={total}
            onConfirm={() => {
              setConfirming(false);
              void deletes.clearAll(total);
            }}
            onCancel={() => {
              setConfirming(false);
              // Focus goes back where it came from rather than to the top of the popup.
              requestAnimationFrame(() => clearButton.current?.focus());
            }}
          />
        ) : (
          <QuoteTools
            t={t}
            total={total}
            importing={imports.importing}
            fileInput={imports.fileInput}
            clearButton={clearButton}
            onExport={(kind) => void attempt(() => actions.onExport(kind), failed)}
            onImportFile={(file) => void imports.importFile(file)}
            onClear={() => setConfirming(true)}
            onOpenSettings={
              actions.onOpenSettings ? () => void attempt(() => actions.onOpenSettings?.(), failed) : undefined
            }
          />
        )}
      </section>

      {props.words && actions.onExportWords && actions.onRemoveWord ? (
        <WordList
          words={props.words}
          t={t}
          onExport={(kind) => void attempt(() => actions.onExportWords?.(kind), failed)}
          onRemove={(id) => void attempt(() => actions.onRemoveWord?.(id), failed)}
        />
      ) : null}

      {undo && (
        <UndoToast
          key={undo.token}
          t={t}
          message={undo.text}
          durationMs={props.undoMs ?? 8000}
          onUndo={() => void deletes.undoLast()}
          onExpire={deletes.dismissUndo}
        />
      )}
    </div>
  );
}
