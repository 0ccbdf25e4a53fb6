// One exchange found: the conference, the question, and the answer's passage with the match marked.
import type { Excerpt } from '../../lib/library/results';
import type { Result } from '../../lib/library/query';
import { Marked } from './Marked';
import type { LibraryTranslate } from './strings';

function Passage({ e, cls }: { e: Excerpt; cls: string }) {
  return (
    <p class={cls} data-turn={e.turn} lang="zh">
      {e.who ? <b class="lb-who">{e.who}：</b> : null}
      {e.cutBefore ? '…' : ''}
      <Marked text={e.text} marks={e.marks} />
      {e.cutAfter ? '…' : ''}
    </p>
  );
}

export function ResultItem({
  r,
  t,
  onStored,
}: {
  r: Result;
  t: LibraryTranslate;
  onStored: (no: number, section: string) => void;
}) {
  return (
    <li class="lb-result" data-no={r.summary.no} data-section={r.sectionId}>
      <div class="lb-conf-head">
        <time class="lb-day">{r.summary.day}</time>
        <span class="lb-conf-title" lang="zh">
          {r.summary.title ?? r.summary.url}
        </span>
      </div>
      {r.question ? <Passage e={r.question} cls="lb-question" /> : null}
      {r.passages.map((p) => (
        <Passage key={p.turn} e={p} cls="lb-passage" />
      ))}
      <div class="lb-conf-actions">
        <a class="lb-open-at" href={r.link} target="_blank" rel="noreferrer">
          {t('libraryOpenAt')}
        </a>
        <button type="button" class="lb-stored" onClick={() => onStored(r.summary.no, r.sectionId)}>
          {t('libraryStored')}
        </button>
      </div>
    </li>
  );
}
