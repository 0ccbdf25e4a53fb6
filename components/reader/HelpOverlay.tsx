// The `?` overlay listing the keyboard shortcuts. A modal dialog: focus moves into it and back when it closes.
import { useEffect, useRef } from 'preact/hooks';
import type { ReaderStringKey, Translate } from './strings';

const ROWS: ReadonlyArray<{ keys: readonly string[]; label: ReaderStringKey }> = [
  { keys: ['j'], label: 'readerKeyNext' },
  { keys: ['k'], label: 'readerKeyPrevious' },
  { keys: ['o', 'Enter'], label: 'readerKeyToggle' },
  { keys: ['e'], label: 'readerKeyExpandAll' },
  { keys: ['c'], label: 'readerKeyCollapseAll' },
  { keys: ['/'], label: 'readerKeyFind' },
  { keys: ['Enter', 'Shift+Enter'], label: 'readerKeyFindNext' },
  { keys: ['s'], label: 'readerKeySaveQuote' },
  { keys: ['?'], label: 'readerKeyHelp' },
  { keys: ['Esc'], label: 'readerKeyEscape' },
];

export function HelpOverlay({ t, onClose }: { t: Translate; onClose(): void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = closeRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const before = previous?.activeElement as HTMLElement | null | undefined;
    closeRef.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div class="br-help-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div class="br-help" role="dialog" aria-modal="true" aria-labelledby="br-help-h">
        <h2 id="br-help-h">{t('readerHelp')}</h2>
        <dl class="br-help-keys">
          {ROWS.map((row) => (
            <div key={row.label} class="br-help-row">
              <dt>
                {row.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' / ' : null}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(row.label)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" class="br-button" ref={closeRef} onClick={onClose}>
          {t('readerHelpClose')}
        </button>
      </div>
    </div>
  );
}
