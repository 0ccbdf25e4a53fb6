// One collapsible section (ARIA accordion pattern: a real <button aria-expanded> inside a heading). The body stays
// in the DOM when collapsed (hidden attribute) so print can show every section and find can count its matches.
import type { Section, Turn } from '../../lib/transcript/types';
import { useSectionHref } from './page-url';
import type { SpeakerInfo } from './people';
import { askerName, speakerKey } from './people';
import { SpeakerMark } from './SpeakerMark';
import type { Translate } from './strings';
import type { MarkRange } from './text';
import { excerpt } from './text';
import type { TurnRuby } from './TurnText';
import type { LooseParagraph } from './loose';
import { TurnView } from './TurnView';

export interface SectionViewProps {
  section: Section;
  index: number;
  id: string;
  turns: readonly Turn[];
  /** Speakers by speakerKey, for colours and known roles. */
  speakers: ReadonlyMap<string, SpeakerInfo>;
  expanded: boolean;
  /** Hidden by the speaker/outlet filter. */
  filteredOut: boolean;
  marksByTurn: ReadonlyMap<number, MarkRange[]>;
  /** Paragraphs in no turn, by the turn they follow; the first section also shows those before any turn (-1). */
  loose?: ReadonlyMap<number, LooseParagraph[]>;
  t: Translate;
  /** The pinyin engine while pinyin is on (null: no "Pinyin above" toggle). */
  rubySource?: TurnRuby | null;
  /** This section shows pinyin above the characters. */
  ruby?: boolean;
  onRuby?(index: number, on: boolean): void;
  onToggle(index: number): void;
  onFocusSection(index: number): void;
  onLink(index: number): void;
}

/** Title and excerpt shown in the heading: for a question, who asked and the question's first words. */
export function sectionSummary(section: Section, turns: readonly Turn[], t: Translate) {
  if (section.kind !== 'exchange') {
    return { title: t(section.kind === 'opening' ? 'readerOpening' : 'readerClosing'), excerpt: '' };
  }
  const q = section.turns.map((i) => turns[i]).find((turn) => turn?.kind === 'question');
  const first = turns[section.turns[0] ?? -1];
  const lead = q ?? first;
  return {
    title: lead ? (lead.kind === 'question' ? askerName(lead) : speakerKey(lead)) : '',
    excerpt: lead ? excerpt(lead.text) : '',
  };
}

export function SectionView(props: SectionViewProps) {
  const href = useSectionHref();
  const { section, index, id, turns, speakers: bySpeaker, expanded, filteredOut, marksByTurn, t } = props;
  const { title, excerpt: words } = sectionSummary(section, turns, t);
  const answerers = [
    ...new Set(
      section.turns.flatMap((i) => {
        const turn = turns[i];
        return turn && turn.kind !== 'question' ? [speakerKey(turn)] : [];
      }),
    ),
  ];
  // The heading already names who asked the section's first question; its label is not repeated below it.
  const leadQuestion =
    section.kind === 'exchange' && turns[section.turns[0] ?? -1]?.kind === 'question' ? section.turns[0] : -1;
  const bodyId = `${id}-body`;
  const headingId = `${id}-h`;
  const ruby = props.ruby === true && props.rubySource ? props.rubySource : null;
  return (
    <section
      class={`br-section br-section--${section.kind}`}
      id={id}
      data-section={index}
      aria-labelledby={headingId}
      hidden={filteredOut}
      data-filtered={filteredOut ? '' : undefined}
      onFocusIn={() => props.onFocusSection(index)}
    >
      <h2 class="br-section-heading" id={headingId}>
        <button
          type="button"
          class="br-section-toggle"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={bodyId}
          onClick={() => props.onToggle(index)}
        >
          <span class="br-chevron" aria-hidden="true" />
          {section.kind === 'exchange' && section.number !== undefined ? (
            <span class="br-qnum" aria-label={t('readerQuestionHeading', [String(section.number)])}>
              {t('readerQuestionN', [String(section.number)])}
            </span>
          ) : null}
          <span class="br-section-title">{title}</span>
          {section.kind === 'exchange' && answerers.length > 0 ? (
            <span class="br-answerers" title={t('readerAnsweredBy', [answerers.join(', ')])}>
              {answerers.map((a) => (
                <SpeakerMark key={a} name={a} colour={bySpeaker.get(a)?.colour ?? null} />
              ))}
            </span>
          ) : null}
          {words ? <span class="br-section-excerpt">{words}</span> : null}
        </button>
        {props.rubySource ? (
          <button
            type="button"
            class="br-ruby-toggle"
            aria-pressed={ruby ? 'true' : 'false'}
            onClick={() => props.onRuby?.(index, !ruby)}
          >
            {t('readerRuby')}
          </button>
        ) : null}
        <a
          class="br-section-link"
          href={href(id)}
          aria-label={t('readerSectionLink')}
          title={t('readerSectionLink')}
          onClick={(e) => {
            e.preventDefault();
            props.onLink(index);
          }}
        >
          #
        </a>
      </h2>
      <div class="br-section-body" id={bodyId} hidden={!expanded}>
        {index === 0 ? <LooseView paragraphs={props.loose?.get(-1)} /> : null}
        {section.turns.map((ti) => {
          const turn = turns[ti];
          if (!turn) return null;
          const speaker = turn.kind === 'question' ? undefined : bySpeaker.get(speakerKey(turn));
          return [
            <TurnView
              key={ti}
              turn={turn}
              index={ti}
              colour={speaker ? speaker.colour : null}
              knownRole={speaker ? speaker.role : null}
              marks={marksByTurn.get(ti) ?? NO_MARKS}
              showLabel={!(ti === leadQuestion && !(turn.outlet && turn.speaker && turn.speaker !== turn.outlet))}
              ruby={ruby}
              t={t}
            />,
            <LooseView key={`loose-${ti}`} paragraphs={props.loose?.get(ti)} />,
          ];
        })}
      </div>
    </section>
  );
}

const NO_MARKS: MarkRange[] = [];

/** Page text in no turn, as the page printed it: plain paragraphs, notes set apart. */
function LooseView({ paragraphs }: { paragraphs: readonly LooseParagraph[] | undefined }) {
  if (!paragraphs?.length) return null;
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} class={`br-loose br-loose-${p.kind}`}>
          {p.text}
        </p>
      ))}
    </>
  );
}
