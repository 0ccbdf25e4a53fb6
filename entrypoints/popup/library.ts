// The popup's library card: says once that the library is on (and lets it be turned off), and opens the page.
import { browser } from '#imports';
import { i18n } from '#i18n';
import { h, render } from 'preact';
import { LibraryCard } from '@/components/library/LibraryCard';
import type { LibraryTranslate } from '@/components/library/strings';
import { libraryPrefsItem, readLibraryPrefs } from '@/platform/storage';

export function startLibraryCard(root: HTMLElement): void {
  const t: LibraryTranslate = (key, subs) => i18n.t(key as never, (subs ?? []) as never);
  const draw = (prefs: Awaited<ReturnType<typeof readLibraryPrefs>>) =>
    render(
      h(LibraryCard, {
        t,
        prefs,
        onOpen: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => close()),
        onNoticeSeen: (keepOn: boolean) =>
          void libraryPrefsItem.setValue({ ...prefs, enabled: keepOn, noticeSeen: true }),
      }),
      root,
    );
  void readLibraryPrefs().then(draw);
  libraryPrefsItem.watch(() => void readLibraryPrefs().then(draw));
}
