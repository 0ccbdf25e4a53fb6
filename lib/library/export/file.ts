// A whole transcript as a file in one of the four formats: its name, type and bytes, for whichever page saves it
// (the library page, the reader). The DOCX writer and its zip library are imported only when a DOCX is asked for.
import { CSV_MIME } from '../../export/csv';
import { exportFilename } from '../../export/filename';
import type { LibraryTranscript } from '../model';
import { turnsCsv } from './csv';
import { transcriptJson } from './json';
import { transcriptMarkdown, type ExportWords } from './markdown';

export type ExportKind = 'md' | 'json' | 'csv' | 'docx';

export const EXPORT_KINDS: readonly [ExportKind, string][] = [
  ['md', 'Markdown'],
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['docx', 'DOCX'],
];

export interface ExportFile {
  name: string;
  mime: string;
  data: string | Uint8Array;
}

export async function transcriptFile(t: LibraryTranscript, kind: ExportKind, words: ExportWords): Promise<ExportFile> {
  const name = exportFilename(t.title, t.date, kind, 'transcript');
  if (kind === 'md') return { name, mime: 'text/markdown', data: transcriptMarkdown(t, words) };
  if (kind === 'json') return { name, mime: 'application/json', data: transcriptJson(t) };
  if (kind === 'csv') return { name, mime: CSV_MIME, data: turnsCsv(t) };
  const { transcriptDocx, DOCX_MIME } = await import('./docx');
  return { name, mime: DOCX_MIME, data: transcriptDocx(t, words) };
}
