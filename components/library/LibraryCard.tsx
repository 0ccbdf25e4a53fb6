// The popup's library card: the first-run notice that the library is on, and the way to the library page.
import type { LibraryPrefs } from '../../lib/library/prefs';
import type { LibraryTranslate } from './strings';

export function LibraryCard(props: {
  t: LibraryTranslate;
  prefs: LibraryPrefs;
  onOpen: () => void;
  onNoticeSeen: (keepOn: boolean) => void;
}) {
  const { t, prefs } = props;
  return (
    <section class="pp-library">
      {!prefs.noticeSeen ? (
        <div class="pp-library-notice" role="note">
          <p>{t('libraryNotice')}</p>
          <button type="button" class="pp-library-ok" onClick={() => props.onNoticeSeen(true)}>
            {t('libraryNoticeOk')}
          </button>
          <button type="button" class="pp-library-off" onClick={() => props.onNoticeSeen(false)}>
            {t('libraryNoticeOff')}
          </button>
        </div>
      ) : null}
      <button type="button" class="pp-library-open" onClick={props.onOpen}>
        {t('libraryOpenLibrary')}
      </button>
    </section>
  );
}
