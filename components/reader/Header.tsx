// What the conference is, where it comes from, who spoke and who asked.
import type { People } from './people';
import { SpeakerMark } from './SpeakerMark';
import type { Translate } from './strings';

export interface HeaderProps {
  title: string | null;
  date: string | null;
  host: string;
  questionCount: number;
  people: People;
  t: Translate;
}

export function Header({ title, date, host, questionCount, people, t }: HeaderProps) {
  return (
    <header class="br-header">
      <p class="br-meta">
        {date ? <time dateTime={date}>{date}</time> : null}
        {host ? <span class="br-host">{t('readerSource', [host])}</span> : null}
        <span class="br-count">
          {questionCount === 1 ? t('readerQuestionCountOne') : t('readerQuestionCount', [String(questionCount)])}
        </span>
      </p>
      {title ? <h1 class="br-title">{title}</h1> : null}
      <dl class="br-people">
        {people.speakers.length > 0 ? (
          <div class="br-people-group">
            <dt>{t('readerSpeakers')}</dt>
            <dd>
              <ul class="br-speakers">
                {people.speakers.map((s) => (
                  <li key={s.key} class={`br-speaker br-c${s.colour}`}>
                    <SpeakerMark name={s.name} colour={s.colour} />
                    <span class="br-who">{s.name}</span>
                    {s.role ? <span class="br-role">{s.role}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {people.outlets.length > 0 ? (
          <div class="br-people-group">
            <dt>{t('readerOutlets')}</dt>
            <dd>
              <ul class="br-outlets">
                {people.outlets.map((o) => (
                  <li key={o.key}>{o.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
