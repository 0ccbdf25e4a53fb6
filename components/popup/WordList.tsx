// The word list in the popup: words added from the reader's word card, newest first, each with its reading,
// meaning and sentence; exported for Anki (CSV) or as Markdown. Saved text is rendered as text.
import type { SavedWord } from '../../lib/words/model';
import { wordMeaning } from '../../lib/words/export';
import type { PopupTranslate } from './strings';

export type WordExportKind = 'anki' | 'markdown';

export interface WordListProps {
  words: readonly SavedWord[];
  t: PopupTranslate;
  onExport(kind: WordExportKind): void;
  onRemove(id: string): void;
}

export function WordList({ words, t, onExport, onRemove }: WordListProps) {
  const newest = [...words].reverse();
  return (
    <section class="pp-words" aria-labelledby="pp-words-heading">
      <div class="pp-list-head">
        <h2 id="pp-words-heading" class="pp-heading">
          {t('popupWordsHeading')}
        </h2>
        {words.length > 0 && (
          <span class="pp-count">
            {words.length === 1 ? t('popupWordCountOne') : t('popupWordCount', [String(words.length)])}
          </span>
        )}
      </div>
      {words.length === 0 ? (
        <p class="pp-words-empty">{t('popupWordsEmpty')}</p>
      ) : (
        <>
          <ul class="pp-word-list">
            {newest.map((w) => (
              <li key={w.id} class="pp-word" data-word={w.word}>
                <div class="pp-word-head">
                  <span class="pp-word-text" lang="zh">
                    {w.word}
                  </span>
                  <span class="pp-word-reading">{w.reading}</span>
                  <button
                    type="button"
                    class="pp-icon-btn pp-word-remove"
                    aria-label={t('popupRemoveWord', [w.word])}
                    title={t('popupRemoveWord', [w.word])}
                    onClick={() => onRemove(w.id)}
                  >
                    ×
                  </button>
                </div>
                <p class="pp-word-meaning" lang="en">
                  {wordMeaning(w)}
                </p>
                <p class="pp-word-sentence" lang="zh">
                  {w.sentence}
                </p>
              </li>
            ))}
          </ul>
          <div class="pp-tools" role="group" aria-label={t('popupWordsHeading')}>
            <span class="pp-tools-label" aria-hidden="true">
              {t('popupExportLabel')}
            </span>
            <button
              type="button"
              class="pp-btn pp-btn-small"
              aria-label={t('popupExportWordsAnki')}
              onClick={() => onExport('anki')}
            >
              {t('popupExportAnki')}
            </button>
            <button
              type="button"
              class="pp-btn pp-btn-small"
              aria-label={t('popupExportWordsMarkdown')}
              onClick={() => onExport('markdown')}
            >
              {t('popupFormatMarkdown')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
