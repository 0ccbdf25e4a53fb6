// The stored copy of a conference, for reading offline: sections as headings, turns labelled by speaker. The
// section a result pointed at is scrolled into view.
import { useEffect, useRef } from 'preact/hooks';
import { sectionHeading, type ExportWords } from '../../lib/library/export/markdown';
import type { LibraryTranscript } from '../../lib/library/model';
import { sectionIds } from '../../lib/transcript/section-ids';
import { ExportMenu, type ExportKind } from './ExportMenu';
import type { LibraryTranslate } from './strings';

export function exportWords(t: LibraryTranslate): ExportWords {
  return {
    opening: t('libraryOpening'),
    closing: t('libraryClosing'),
    question: t('libraryQuestionN', ['$1']),
    source: t('librarySource'),
  };
}

export function StoredView(props: {
  t: LibraryTranslate;
  transcript: LibraryTranscript;
  section: string | null;
  onBack: () => void;
  onExport: (kind: ExportKind) => void;
}) {
  const { t, transcript: tr } = props;
  const ids = sectionIds(tr.sections);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.section) root.current?.querySelector(`[id="${CSS.escape(props.section)}"]`)?.scrollIntoView();
  }, [props.section]);
  const words = exportWords(t);
  return (
    <article class="lb-stored-view" ref={root} lang="zh">
      <nav class="lb-stored-nav">
        <button type="button" class="lb-back" onClick={props.onBack}>
          {t('libraryBack')}
        </button>
        <a href={tr.url} target="_blank" rel="noreferrer">
          {t('libraryOpenPage')}
        </a>
        <ExportMenu t={t} onExport={props.onExport} />
      </nav>
      <h1>{tr.title ?? tr.url}</h1>
      <p class="lb-day">{tr.date ?? ''}</p>
      {tr.sections.map((s, i) => (
        <section key={ids[i]} id={ids[i]} class={ids[i] === props.section ? 'lb-target' : undefined}>
          <h2>{sectionHeading(tr, i, words)}</h2>
          {s.turns.map((ti) => {
            const turn = tr.turns[ti];
            if (!turn) return null;
            return (
              <div key={ti} class={`lb-turn lb-${turn.kind}`} data-turn={ti}>
                <b>{turn.speaker ?? turn.label}</b>
                {turn.role ? <span class="lb-role">（{turn.role}）</span> : null}
                {turn.text.split('\n').map((p, j) => (
                  <p key={j}>{p}</p>
                ))}
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
