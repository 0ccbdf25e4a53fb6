// A whole transcript to a file in one of the four formats (lib/library/export/file.ts makes it; the DOCX writer is
// a chunk of its own, loaded when someone asks for a DOCX).
import type { ExportWords } from '@/lib/library/export/markdown';
import { transcriptFile, type ExportKind } from '@/lib/library/export/file';
import type { LibraryTranscript } from '@/lib/library/model';

export function saveFile(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportTranscript(t: LibraryTranscript, kind: ExportKind, words: ExportWords): Promise<void> {
  const file = await transcriptFile(t, kind, words);
  saveFile(file.name, new Blob([file.data as BlobPart], { type: file.mime }));
}
