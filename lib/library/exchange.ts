// The whole library as one file, and reading such a file back. Reading never touches what is stored: it yields
// the valid conferences and a reason for each it refused; the database layer then only adds conferences whose
// address it does not hold yet.
import type { LibraryTranscript } from './model';
import { validateTranscript } from './validate';

export const LIBRARY_FORMAT = 'briefing-reader-library';
export const LIBRARY_VERSION = 1;

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  exportedAt: string;
  conferences: LibraryTranscript[];
}

export function libraryJson(conferences: readonly LibraryTranscript[], now: Date): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exportedAt: now.toISOString(),
    conferences: [...conferences],
  };
  return JSON.stringify(file) + '\n';
}

/** Why a file as a whole cannot be read: a UI string key (components/library/strings.ts) and its substitutions. */
export type LibraryFault =
  | { key: 'libraryImportEmpty'; subs: [] }
  | { key: 'libraryImportNotJson'; subs: [] }
  | { key: 'libraryImportNotExport'; subs: [] }
  | { key: 'libraryImportNewer'; subs: [version: string] }
  | { key: 'libraryImportNoList'; subs: [] };

export interface LibraryImport {
  conferences: LibraryTranscript[];
  rejected: { index: number; reason: string }[];
  fault?: LibraryFault;
}

const fail = (fault: LibraryFault): LibraryImport => ({ conferences: [], rejected: [], fault });

export function parseLibrary(text: string): LibraryImport {
  const body = typeof text === 'string' ? text.replace(/^\ufeff/, '') : '';
  if (body.trim() === '') return fail({ key: 'libraryImportEmpty', subs: [] });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail({ key: 'libraryImportNotJson', subs: [] });
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).format !== LIBRARY_FORMAT) {
    return fail({ key: 'libraryImportNotExport', subs: [] });
  }
  const file = data as Record<string, unknown>;
  if (!Number.isInteger(file.version) || (file.version as number) < 1) {
    return fail({ key: 'libraryImportNotExport', subs: [] });
  }
  if ((file.version as number) > LIBRARY_VERSION) {
    return fail({ key: 'libraryImportNewer', subs: [String(file.version)] });
  }
  if (!Array.isArray(file.conferences)) return fail({ key: 'libraryImportNoList', subs: [] });
  const out: LibraryImport = { conferences: [], rejected: [] };
  const seen = new Set<string>();
  file.conferences.forEach((raw, index) => {
    const r = validateTranscript(raw);
    if ('error' in r) out.rejected.push({ index, reason: r.error });
    else if (seen.has(r.value.url)) out.rejected.push({ index, reason: 'repeated web address' });
    else {
      seen.add(r.value.url);
      out.conferences.push(r.value);
    }
  });
  return out;
}
