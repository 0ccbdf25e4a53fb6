// The tooltip's content: the reading in context, the word and its other script; with the dictionary loaded, the
// official English first (with whose usage it is), then CC-CEDICT's senses, pointers followed. Page text and data
// are rendered as text. With a word list to add to, a button adds the word (as W does) on the user's own click.
import { glossInScript } from '../../lib/dictionary/pointers';
import type { Term, TermRegion } from '../../lib/terms/index';
import type { ReaderStringKey, Translate } from './strings';
import type { ToneStyle } from '../../lib/pinyin/syllable';
import { headwordScript, type TipInfo } from './word-tip';

const REGION_KEYS: Record<TermRegion, ReaderStringKey> = {
  mainland: 'readerCardRegionMainland',
  'hong-kong': 'readerCardRegionHongKong',
  macao: 'readerCardRegionMacao',
  taiwan: 'readerCardRegionTaiwan',
};
/** A card stays a glance: the first senses and glosses only. */
const MAX_SENSES = 3;
const MAX_GLOSSES = 5;

function TermLine({ term, t }: { term: Term; t: Translate }) {
  return (
    <li class="br-card-term" data-region={term.region}>
      <span class="br-card-term-en" lang="en">
        {term.english}
      </span>
      <span class="br-card-term-where" title={term.source.url}>
        {t('readerCardUsedBy', [t(REGION_KEYS[term.region]), term.source.publisher])}
      </span>
    </li>
  );
}

export interface WordCardProps {
  tip: TipInfo;
  tone: ToneStyle;
  lang: string;
  sandhi: boolean;
  canSave: boolean;
  /** The word on the card is in the word list now. */
  added?: boolean;
  /** The add button's click; the handler adds only on a click the user made (event.isTrusted). */
  onAdd?: (event: MouseEvent) => void;
  t: Translate;
}

function AddToList({ added, onAdd, t }: { added: boolean; onAdd?: (event: MouseEvent) => void; t: Translate }) {
  return (
    <span class="br-card-actions">
      <button type="button" class="br-card-add" disabled={added} onClick={onAdd}>
        {t(added ? 'readerCardAddedShort' : 'readerCardAddButton')}
      </button>
      <span class="br-card-key">{t('readerCardAddKey')}</span>
      <span class="br-card-trusted">{t('readerCardAddTrusted')}</span>
    </span>
  );
}

export function WordCardBody({ tip, tone, lang, sandhi, canSave, added = false, onAdd, t }: WordCardProps) {
  const card = tip.card;
  const pinyinLang = tone === 'zhuyin' ? 'zh-Bopo' : 'zh-Latn-pinyin';
  const script = headwordScript(lang);
  const hans = script === 'hans';
  const show = (glosses: string[]) =>
    glosses
      .slice(0, MAX_GLOSSES)
      .map((g) => glossInScript(g, script))
      .join('; ');
  return (
    <>
      <span class="br-pinyin-tip-pinyin" lang={pinyinLang}>
        {tip.pinyin}
      </span>
      <span class="br-pinyin-tip-word" lang={lang}>
        {tip.word}
      </span>
      {tip.other ? <span class="br-pinyin-tip-other">{tip.other}</span> : null}
      {card ? (
        <div class="br-card-body">
          {card.terms.length > 0 ? (
            <section class="br-card-official" aria-label={t('readerCardOfficial')}>
              <span class="br-card-label">{t('readerCardOfficial')}</span>
              <ul>
                {card.terms.map((term, i) => (
                  <TermLine key={i} term={term} t={t} />
                ))}
              </ul>
            </section>
          ) : null}
          {card.senses.length > 0 ? (
            <ol class="br-card-senses" lang="en">
              {card.senses.slice(0, MAX_SENSES).map((s, i) => (
                <li key={i} class="br-card-sense" data-in-context={s.inContext ? 'true' : undefined}>
                  <span class="br-card-sense-reading" lang={pinyinLang}>
                    {s.reading}
                  </span>{' '}
                  <span class="br-card-glosses">{show(s.glosses)}</span>
                  {s.followed.map((f, j) => (
                    <span key={j} class="br-card-followed">
                      {' → '}
                      <span lang={lang}>{hans ? f.reference.simplified : f.reference.traditional}</span>
                      {`: ${show(f.glosses)}`}
                    </span>
                  ))}
                </li>
              ))}
            </ol>
          ) : card.terms.length === 0 ? null : (
            <p class="br-card-none">{t('readerCardNoGloss')}</p>
          )}
          <p class="br-card-foot">
            <span>{t(sandhi ? 'readerCardSandhiOn' : 'readerCardSandhiOff')}</span>
            {canSave ? <AddToList added={added} onAdd={onAdd} t={t} /> : null}
          </p>
        </div>
      ) : null}
    </>
  );
}
