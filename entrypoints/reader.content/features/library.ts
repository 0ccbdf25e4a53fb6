// The reader's part in the library: once the reader is shown, its transcript is handed to the background, which
// keeps it unless the library is off or the site left out (done when the page is idle, after the first render), and
// finds its figures there, off the page's main thread.
// A selection can ask the library what was said before, and the toolbar saves the whole transcript as a file.
// Both reach the view through `saidBefore()`, the one library prop the view passes on (ReaderLibrary).
import type { ReaderLibrary, SaidBeforeAnswer } from '@/components/reader/SaidBefore';
import { translatorFor } from '@/components/reader/strings';
import { messageOf } from '@/lib/errors';
import { captureTranscript } from '@/lib/library/capture';
import { transcriptFile, type ExportKind } from '@/lib/library/export/file';
import type { ExportWords } from '@/lib/library/export/markdown';
import type { LibraryTranscript } from '@/lib/library/model';
import { sendMessage } from '@/platform/messaging';
import type { ReaderCore } from '../core';

export interface LibraryFeature {
  /** Keeps the transcript, once per page. */
  keep(): void;
  /** What the view shows of the library (the same callbacks every time, the latest answer). */
  saidBefore(): ReaderLibrary;
}

/** Saves a file from the page: a link to its bytes, clicked, and dropped. */
function saveFile(name: string, mime: string, data: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  // Firefox follows a download link only from inside the document.
  (document.body ?? document.documentElement).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function libraryFeature(core: ReaderCore): LibraryFeature {
  const { analysed: t, url } = core;
  let kept = false;
  let answer: SaidBeforeAnswer | null = null;
  /** Each question's number: an answer that arrives after a newer question (or a close) is dropped. */
  let asked = 0;

  const entry = (): LibraryTranscript =>
    captureTranscript(t, {
      url,
      site: core.host,
      script: core.pageScript,
      figures: [],
      savedAt: new Date(),
    });

  function keep(): void {
    if (kept || t.turns.length === 0 || !/^https?:/.test(url)) return;
    kept = true;
    const run = () => {
      void sendMessage('library:keep', entry())
        .then((r) => {
          if (!r.kept && (r.reason === 'quota' || r.reason === 'failed')) core.toast.show(r.message, true);
        })
        .catch((err: unknown) => console.warn('[Briefing Reader] library:', err));
    };
    // When the page is idle; or as it goes away, if the reader leaves it before that (the transcript is still kept).
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      removeEventListener('pagehide', once);
      run();
    };
    addEventListener('pagehide', once);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(once, { timeout: 2000 });
    else setTimeout(once, 0);
  }

  const exportWords = (): ExportWords => {
    const tr = translatorFor(core.state.strings);
    return {
      opening: tr('readerOpening'),
      closing: tr('readerClosing'),
      question: tr('readerQuestionHeading', ['$1']),
      source: tr('readerExportSource'),
    };
  };

  const library: ReaderLibrary = {
    get answer() {
      return answer;
    },
    ask: (q) => {
      const turn = t.turns[q.turnIndex];
      const speaker = turn ? (turn.speaker ?? turn.label) : null;
      const mine = ++asked;
      answer = { phrase: q.text, found: null };
      core.rerender();
      void sendMessage('library:saidBefore', { text: q.text, speaker, url })
        .then((found) => {
          if (mine !== asked) return;
          answer = { phrase: q.text, found };
          core.rerender();
        })
        .catch((err: unknown) => {
          if (mine === asked) answer = null;
          core.rerender();
          core.toast.show(messageOf(err), true);
        });
    },
    close: () => {
      asked++;
      answer = null;
      core.rerender();
    },
    exportAs: (kind: ExportKind) => {
      // The transcript as the page has it (the library's copy), whatever script the reader shows.
      void transcriptFile(entry(), kind, exportWords())
        .then((file) => saveFile(file.name, file.mime, file.data))
        .catch((err: unknown) => core.toast.show(messageOf(err), true));
    },
  };

  return { keep, saidBefore: () => library };
}
