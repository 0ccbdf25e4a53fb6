import { useEffect, useRef } from 'preact/hooks';
import type { PopupTranslate } from './strings';

export interface ClearConfirmProps {
  t: PopupTranslate;
  count: number;
  onConfirm(): void;
  onCancel(): void;
}

/** In-popup confirmation (window.confirm would close a popup in some browsers and cannot be styled or translated). */
export function ClearConfirm({ t, count, onConfirm, onCancel }: ClearConfirmProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice gets the focus, so Enter or Space alone never deletes everything.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="pp-confirm"
      role="alertdialog"
      aria-labelledby="pp-confirm-title"
      aria-describedby="pp-confirm-hint"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id="pp-confirm-title" class="pp-confirm-title">
        {t('popupClearConfirm', [String(count)])}
      </p>
      <p id="pp-confirm-hint" class="pp-hint">
        {t('popupClearConfirmHint')}
      </p>
      <div class="pp-row">
        <button type="button" class="pp-btn pp-btn-danger-solid" onClick={onConfirm}>
          {t('popupClearConfirmYes')}
        </button>
        <button ref={cancel} type="button" class="pp-btn" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </div>
  );
}
