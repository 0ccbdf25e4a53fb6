// The background's side of the library: it keeps what the reader opens (the reader's page cannot reach the
// extension's IndexedDB) and answers "said before". The library page reads and writes the same database itself.
import { i18n } from '#i18n';
import { messageOf } from '@/lib/errors';
import { findFigures } from '@/lib/figures/index';
import { pickFigure } from '@/lib/library/model';
import { keepsSite } from '@/lib/library/prefs';
import { saidBefore, type KeepResult, type SaidBefore, type SaidBeforeQuery } from '@/lib/library/said-before';
import { validateTranscript } from '@/lib/library/validate';
import { LibraryDb, QuotaError } from '@/platform/library-db';
import { readLibraryPrefs } from '@/platform/storage';

let opening: Promise<LibraryDb> | null = null;
const db = (): Promise<LibraryDb> =>
  (opening ??= LibraryDb.open().catch((err: unknown) => {
    opening = null;
    throw err;
  }));

/** Keeps a transcript the reader has open. Its figures are found here, not in the page: on a page with a megabyte
 *  of answer, finding them held the tab's main thread for a third of a second. */
export async function keepTranscript(raw: unknown): Promise<KeepResult> {
  const checked = validateTranscript(raw);
  if ('error' in checked) return { kept: false, reason: 'invalid', message: checked.error };
  const prefs = await readLibraryPrefs();
  if (!prefs.enabled) return { kept: false, reason: 'off', message: '' };
  if (!keepsSite(prefs, checked.value.site)) return { kept: false, reason: 'excluded', message: '' };
  try {
    const r = await (await db()).put({ ...checked.value, figures: findFigures(checked.value).map(pickFigure) });
    return { kept: true, ...r };
  } catch (err) {
    if (err instanceof QuotaError) return { kept: false, reason: 'quota', message: i18n.t('libraryQuotaFull') };
    return { kept: false, reason: 'failed', message: messageOf(err) };
  }
}

export async function findSaidBefore(q: SaidBeforeQuery): Promise<SaidBefore> {
  return saidBefore(await db(), q);
}
