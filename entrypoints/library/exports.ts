// A whole transcript to a file in one of the four formats. The DOCX writer (and its zip library) is loaded only
// when someone asks for a DOCX.
import { exportFilename } from '@/lib/export/filename';
import { CSV_MIME } from '@/lib/export/csv';
import { transcriptJson } from '@/lib/library/export/json';
import { turnsCsv } from '@/lib/library/export/csv';
import { transcriptMarkdown, type ExportWords } from '@/lib/library/export/markdown';
import type { LibraryTranscript } from '@/lib/library/model';
import type { ExportKind } from '@/components/library/ExportMenu';

export function saveFile(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportTranscript(t: LibraryTranscript, kind: ExportKind, words: ExportWords): Promise<void> {
  const name = exportFilename(t.title, t.date, kind, 'transcript');
  if (kind === 'md') saveFile(name, new Blob([transcriptMarkdown(t, words)], { type: 'text/markdown' }));
  else if (kind === 'json') saveFile(name, new Blob([transcriptJson(t)], { type: 'application/json' }));
  else if (kind === 'csv') saveFile(name, new Blob([turnsCsv(t)], { type: CSV_MIME }));
  else {
    const { transcriptDocx, DOCX_MIME } = await import('@/lib/library/export/docx');
    saveFile(name, new Blob([transcriptDocx(t, words) as BlobPart], { type: DOCX_MIME }));
  }
}
