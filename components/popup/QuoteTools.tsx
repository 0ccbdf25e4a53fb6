// The clipboard's tools below the list: export, import, clear all and the settings button.
import type { Ref } from 'preact';
import type { PopupTranslate } from './strings';
import type { ExportKind } from './types';

export interface QuoteToolsProps {
  t: PopupTranslate;
  total: number;
  importing: boolean;
  fileInput: Ref<HTMLInputElement>;
  /** Where focus goes back when the clear confirmation is cancelled. */
  clearButton: Ref<HTMLButtonElement>;
  onExport(kind: ExportKind): void;
  onImportFile(file: File): void;
  onClear(): void;
  onOpenSettings?: () => void;
}

export function QuoteTools(p: QuoteToolsProps) {
  const { t } = p;
  return (
    <div class="pp-tools" role="group" aria-label={t('popupTools')}>
      <span class="pp-tools-label" aria-hidden="true">
        {t('popupExportLabel')}
      </span>
      <button
        type="button"
        class="pp-btn pp-btn-small"
        aria-label={t('popupExportJson')}
        disabled={p.total === 0}
        onClick={() => p.onExport('json')}
      >
        {t('popupFormatJson')}
      </button>
      <button
        type="button"
        class="pp-btn pp-btn-small"
        aria-label={t('popupExportMarkdown')}
        disabled={p.total === 0}
        onClick={() => p.onExport('markdown')}
      >
        {t('popupFormatMarkdown')}
      </button>
      <label class="pp-btn pp-btn-small pp-file" aria-busy={p.importing}>
        <input
          ref={p.fileInput}
          type="file"
          aria-label={t('popupImportJson')}
          accept=".json,application/json"
          disabled={p.importing}
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) p.onImportFile(file);
          }}
        />
        <span aria-hidden="true">{p.importing ? t('popupImporting') : t('popupImport')}</span>
      </label>
      <span class="pp-spacer" />
      {p.total > 0 && (
        <button ref={p.clearButton} type="button" class="pp-btn pp-btn-small pp-btn-quiet-danger" onClick={p.onClear}>
          {t('popupClearAll')}
        </button>
      )}
      {p.onOpenSettings && (
        <button
          type="button"
          class="pp-icon-btn"
          aria-label={t('popupSettings')}
          title={t('popupSettings')}
          onClick={p.onOpenSettings}
        >
          <SettingsIcon />
        </button>
      )}
    </div>
  );
}

function SettingsIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5ZM6.9 1.5h2.2l.4 1.7 1.2.7 1.7-.5 1.1 1.9-1.3 1.2v1.4l1.3 1.2-1.1 1.9-1.7-.5-1.2.7-.4 1.7H6.9l-.4-1.7-1.2-.7-1.7.5-1.1-1.9L3.8 8.7V7.3L2.5 6.1l1.1-1.9 1.7.5 1.2-.7Z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.2"
        stroke-linejoin="round"
      />
    </svg>
  );
}
