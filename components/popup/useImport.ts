// Importing a JSON export chosen in the file input, and the report shown after it.
import { useRef, useState } from 'preact/hooks';
import type { ImportResult } from '../../lib/protocol';
import type { PopupTranslate } from './strings';
import type { PopupActions } from './types';
import type { Attempt } from './useAttempt';

export function useImport(actions: PopupActions, t: PopupTranslate, attempt: Attempt) {
  const [importing, setImporting] = useState(false);
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    setImportResult(null);
    setImporting(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setImportResult({ added: 0, duplicates: 0, rejected: [], repaired: [], error: t('popupImportReadError') });
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

  return { importing, importResult, dismissReport: () => setImportResult(null), fileInput, importFile };
}
