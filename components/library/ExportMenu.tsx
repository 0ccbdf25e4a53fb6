// The four whole-transcript formats, one button each.
import { EXPORT_KINDS, type ExportKind } from '../../lib/library/export/file';
import type { LibraryTranslate } from './strings';

export type { ExportKind };

export function ExportMenu({ t, onExport }: { t: LibraryTranslate; onExport: (kind: ExportKind) => void }) {
  return (
    <span class="lb-export" role="group" aria-label={t('libraryExport')}>
      <span class="lb-export-label">{t('libraryExport')}</span>
      {EXPORT_KINDS.map(([kind, label]) => (
        <button key={kind} type="button" data-export={kind} onClick={() => onExport(kind)}>
          {label}
        </button>
      ))}
    </span>
  );
}
