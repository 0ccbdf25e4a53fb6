// The four whole-transcript formats, one button each.
import type { LibraryTranslate } from './strings';

export type ExportKind = 'md' | 'json' | 'csv' | 'docx';
const KINDS: [ExportKind, string][] = [
  ['md', 'Markdown'],
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['docx', 'DOCX'],
];

export function ExportMenu({ t, onExport }: { t: LibraryTranslate; onExport: (kind: ExportKind) => void }) {
  return (
    <span class="lb-export" role="group" aria-label={t('libraryExport')}>
      <span class="lb-export-label">{t('libraryExport')}</span>
      {KINDS.map(([kind, label]) => (
        <button key={kind} type="button" data-export={kind} onClick={() => onExport(kind)}>
          {label}
        </button>
      ))}
    </span>
  );
}
