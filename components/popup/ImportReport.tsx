import type { ImportResult } from '../../lib/protocol';
import type { PopupTranslate } from './strings';

export interface ImportReportProps {
  t: PopupTranslate;
  result: ImportResult;
  onDismiss(): void;
}

/** What an import did: counts, each rejected entry with its reason, or why the whole file was refused. */
export function ImportReport({ t, result, onDismiss }: ImportReportProps) {
  const failed = result.error !== undefined;
  return (
    <div class={failed ? 'pp-report pp-report-error' : 'pp-report'} role={failed ? 'alert' : 'status'}>
      {failed ? (
        <>
          <p class="pp-report-line">{t('popupImportError', [result.error ?? ''])}</p>
          <p class="pp-hint">{t('popupImportUntouched')}</p>
        </>
      ) : (
        <p class="pp-report-line">
          {t('popupImportDone', [String(result.added), String(result.duplicates), String(result.rejected.length)])}
        </p>
      )}
      {result.rejected.length > 0 && (
        <details class="pp-report-details" open={result.rejected.length <= 3}>
          <summary>{t('popupImportRejectedHeading')}</summary>
          <ul>
            {result.rejected.map((r) => (
              <li key={r.index}>{t('popupImportRejected', [String(r.index + 1), r.reason])}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" class="pp-btn pp-btn-quiet pp-report-close" onClick={onDismiss}>
        {t('popupDismiss')}
      </button>
    </div>
  );
}
