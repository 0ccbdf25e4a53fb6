import type { PopupTranslate } from './strings';

export function EmptyState({ t, shortcut }: { t: PopupTranslate; shortcut: string }) {
  return (
    <div class="pp-empty">
      <svg class="pp-empty-icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
        <path
          d="M7 9h7v7c0 4-2 6.5-5.5 7.5M19 9h7v7c0 4-2 6.5-5.5 7.5"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      <p class="pp-empty-title">{t('popupEmptyTitle')}</p>
      <p>{t('popupEmptyIntro')}</p>
      <ul class="pp-empty-steps">
        <li>{t('popupEmptyMenu')}</li>
        <li>{t('popupEmptyButton')}</li>
        <li>{t('popupEmptyShortcut', [shortcut])}</li>
      </ul>
      <p class="pp-hint">{t('popupEmptyKept')}</p>
    </div>
  );
}
