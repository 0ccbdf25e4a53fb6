// Copying the selected quotes: the script and pinyin chosen in the copy bar (starting from the user's default
// script), and the notice that says how many were copied.
import { useState } from 'preact/hooks';
import type { QuoteFormat } from '../../lib/quotes/format';
import type { Settings } from '../../lib/settings';
import type { PopupTranslate } from './strings';
import type { CopyScript, PopupActions } from './types';
import type { Attempt, Notice } from './useAttempt';

function defaultCopyScript(settings: Settings): CopyScript {
  if (settings.defaultVariant === 'hans') return 'hans';
  if (settings.defaultVariant === 'tw' || settings.defaultVariant === 'hk') return 'hant';
  return 'shown';
}

export function useCopy(
  settings: Settings,
  actions: PopupActions,
  t: PopupTranslate,
  attempt: Attempt,
  setNotice: (notice: Notice) => void,
) {
  const [script, setScript] = useState<CopyScript>(() => defaultCopyScript(settings));
  const [pinyin, setPinyin] = useState(false);

  async function copy(ids: string[], format: QuoteFormat) {
    const ok = await attempt(
      async () => {
        await actions.onCopy(ids, format, { script, pinyin });
        return true;
      },
      (msg) => t('popupCopyFailed', [msg]),
    );
    if (ok) {
      setNotice({
        kind: 'info',
        text: ids.length === 1 ? t('popupCopiedOne') : t('popupCopied', [String(ids.length)]),
      });
    }
  }

  return { script, setScript, pinyin, setPinyin, copy };
}
