// One turn: who speaks (question: outlet / journalist; answer and host: name and role) and what they say.
import type { Turn } from '../../lib/transcript/types';
import { SpeakerMark } from './SpeakerMark';
import { askerName, speakerKey } from './people';
import type { Translate } from './strings';
import type { MarkRange } from './text';
import { TurnText } from './TurnText';
import type { TurnRuby } from './TurnText';

export interface TurnViewProps {
  turn: Turn;
  index: number;
  /** Palette slot of the speaker (answers and host turns); null for questions. */
  colour: number | null;
  /** Role to show when this turn's label omitted it (the speaker's first printed role). */
  knownRole: string | null;
  marks: readonly MarkRange[];
  /** False for a section's opening question when the section heading already names who asked. */
  showLabel?: boolean;
  /** Pinyin above the characters, or null. */
  ruby?: TurnRuby | null;
  t: Translate;
}

export function TurnView({ turn, index, colour, knownRole, marks, showLabel = true, ruby = null, t }: TurnViewProps) {
  const isQuestion = turn.kind === 'question';
  const name = isQuestion ? askerName(turn) : speakerKey(turn);
  // A journalist's name, when printed, is shown after the outlet.
  const secondary = isQuestion
    ? turn.outlet && turn.speaker && turn.speaker !== turn.outlet
      ? turn.speaker
      : null
    : (turn.role ?? knownRole);
  return (
    <div class={`br-turn br-turn--${turn.kind}${colour === null ? '' : ` br-c${colour}`}`} data-turn={index}>
      <div class="br-turn-label" hidden={!showLabel || undefined}>
        {isQuestion ? (
          <span class="br-mark br-cq" aria-hidden="true">
            {t('readerQuestionMark')}
          </span>
        ) : (
          <SpeakerMark name={name} colour={colour} />
        )}
        <span class="br-who">{name}</span>
        {secondary ? <span class="br-role">{secondary}</span> : null}
        {turn.kind === 'host' ? <span class="br-tag">{t('readerHostMark')}</span> : null}
      </div>
      <TurnText text={turn.text} turnIndex={index} marks={marks} ruby={ruby} />
    </div>
  );
}
