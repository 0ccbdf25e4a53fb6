// One conference in the list: when, what, who, and what can be done with it.
import type { ConferenceSummary } from '../../lib/library/model';
import { ExportMenu, type ExportKind } from './ExportMenu';
import type { LibraryTranslate } from './strings';

export interface ConferenceActions {
  onStored: (no: number, section?: string) => void;
  onExport: (no: number, kind: ExportKind) => void;
  onForget: (no: number) => void;
  onExclude: (site: string) => void;
}

export function ConferenceRow({
  s,
  t,
  actions,
}: {
  s: ConferenceSummary;
  t: LibraryTranslate;
  actions: ConferenceActions;
}) {
  const people = [
    s.host ? t('libraryHost', [s.host]) : null,
    s.speakers.length ? t('librarySpeakers', [s.speakers.slice(0, 6).join('、')]) : null,
    s.outlets.length ? t('libraryOutlets', [s.outlets.slice(0, 6).join('、')]) : null,
  ].filter((x): x is string => x !== null);
  return (
    <li class="lb-conf" data-no={s.no}>
      <div class="lb-conf-head">
        <time class="lb-day">{s.day}</time>
        <a class="lb-conf-title" href={s.url} target="_blank" rel="noreferrer" lang="zh">
          {s.title ?? s.url}
        </a>
      </div>
      <div class="lb-conf-meta">
        <span class="lb-site">{s.site}</span> ·{' '}
        <span class="lb-questions">{t('libraryQuestions', [String(s.questions)])}</span>
      </div>
      {people.map((p) => (
        <div key={p} class="lb-people" lang="zh">
          {p}
        </div>
      ))}
      <div class="lb-conf-actions">
        <button type="button" class="lb-stored" onClick={() => actions.onStored(s.no)}>
          {t('libraryStored')}
        </button>
        <ExportMenu t={t} onExport={(kind) => actions.onExport(s.no, kind)} />
        <button type="button" class="lb-forget" onClick={() => actions.onForget(s.no)}>
          {t('libraryForget')}
        </button>
        <button type="button" class="lb-exclude" onClick={() => actions.onExclude(s.site)}>
          {t('libraryLeaveOutSite', [s.site])}
        </button>
      </div>
    </li>
  );
}
