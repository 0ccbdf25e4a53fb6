// Keeping on or off, the sites left out, and the library as one file: export, import, forget everything.
import { useState } from 'preact/hooks';
import type { LibraryPrefs } from '../../lib/library/prefs';
import type { LibraryTranslate } from './strings';

export interface ToolActions {
  onKeep: (on: boolean) => void;
  onInclude: (site: string) => void;
  onExportAll: () => void;
  onImport: (text: string) => void;
  onClearAll: () => void;
}

export function LibraryTools({
  t,
  state,
  actions: a,
}: {
  t: LibraryTranslate;
  state: { prefs: LibraryPrefs; count: number };
  actions: ToolActions;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="lb-tools">
      <label class="lb-keep">
        <input
          type="checkbox"
          checked={state.prefs.enabled}
          onChange={(e) => a.onKeep((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('libraryKeepSetting')}
      </label>
      {state.prefs.excluded.length ? (
        <p class="lb-excluded">
          {t('libraryExcluded', [state.prefs.excluded.join(', ')])}{' '}
          {state.prefs.excluded.map((site) => (
            <button key={site} type="button" class="lb-include" onClick={() => a.onInclude(site)}>
              {t('libraryIncludeSite', [site])}
            </button>
          ))}
        </p>
      ) : null}
      <div class="lb-file">
        <button type="button" class="lb-export-all" onClick={a.onExportAll}>
          {t('libraryExportAll')}
        </button>
        <label class="lb-import">
          {t('libraryImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void file.text().then(a.onImport);
              input.value = '';
            }}
          />
        </label>
        {confirming ? (
          <span class="lb-confirm" role="alertdialog">
            {t('libraryClearConfirm', [String(state.count)])}{' '}
            <button
              type="button"
              class="lb-clear-yes"
              onClick={() => {
                setConfirming(false);
                a.onClearAll();
              }}
            >
              {t('libraryClearYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('libraryCancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="lb-clear" disabled={state.count === 0} onClick={() => setConfirming(true)}>
            {t('libraryClearAll')}
          </button>
        )}
      </div>
    </section>
  );
}
