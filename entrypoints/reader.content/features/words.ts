// The word card's dictionary and word list: the dictionary loads (with its data files) the first time a word is
// hovered with the card on, so readers who never hover pay nothing and the reader's first paint never waits for
// it; a word added from the card goes to the background, the word list's one writer, with its sentence and source.
import { i18n } from '#i18n';
import type { WordPick } from '@/components/reader/types';
import { messageOf } from '@/lib/errors';
import type { HeadwordScript, WordCards } from '@/lib/dictionary/index';
import { glossInScript, isPointer } from '@/lib/dictionary/pointers';
import { sentenceAround } from '@/lib/words/sentence';
import type { WordInput } from '@/lib/words/model';
import { sendMessage } from '@/platform/messaging';
import { loadEngine } from '../../shared/engines';
import type { ReaderCore } from '../core';

export interface WordsFeature {
  /** The card's lookups, or undefined while the user has the card turned off. */
  loader(): (() => Promise<WordCards>) | undefined;
  /** Adds the word, resolving to whether the list took it; `quiet`: the card says so itself, only a failure is
   *  shown as a toast. */
  save(pick: WordPick, opts?: { quiet?: boolean }): Promise<boolean>;
}

/** The script of the text as shown: the variant's, or the page's own. */
function shownScript(core: ReaderCore): HeadwordScript {
  const v = core.state.variant;
  if (v === 'hans') return 'hans';
  if (v === 'tw' || v === 'hk') return 'hant';
  return core.pageScript === 'hans' || core.pageScript === 'hant' ? core.pageScript : 'any';
}

/** What the list keeps of a card: the first sense's glosses (pointers replaced by what they point to). */
export function wordInput(pick: WordPick, core: ReaderCore): WordInput {
  const { card } = pick;
  const turn = pick.turnIndex === null ? undefined : core.state.shown.turns[pick.turnIndex];
  const sense = card.senses[0];
  const script = shownScript(core);
  const glosses = sense
    ? [...sense.glosses.filter((g) => !isPointer(g)), ...sense.followed.flatMap((f) => f.glosses)]
        .slice(0, 6)
        .map((g) => glossInScript(g, script))
    : [];
  return {
    word: card.word,
    reading: pick.reading,
    other: pick.other,
    official: card.terms[0]?.english ?? null,
    glosses,
    sentence: sentenceAround(pick.paragraph, card.start, card.end),
    speaker: turn?.speaker ?? turn?.label ?? null,
    role: turn?.role ?? null,
    conferenceTitle: core.analysed.title,
    conferenceDate: core.analysed.date,
    url: core.url,
  };
}

export function wordsFeature(core: ReaderCore): WordsFeature {
  let cards: Promise<WordCards> | null = null;
  const load = (): Promise<WordCards> => {
    cards ??= loadEngine('dictionary').then((engine) => engine.wordCards());
    cards.catch(() => (cards = null));
    return cards;
  };
  async function save(pick: WordPick, opts: { quiet?: boolean } = {}): Promise<boolean> {
    const result = await sendMessage('words:save', wordInput(pick, core)).catch((err: unknown) => ({
      ok: false as const,
      error: messageOf(err),
    }));
    if (!result.ok || !opts.quiet)
      core.toast.show(
        result.ok ? i18n.t('toastWordSaved', [pick.card.word, String(result.total)]) : result.error,
        !result.ok,
      );
    return result.ok;
  }
  return { loader: () => (core.state.settings.wordCard ? load : undefined), save };
}
