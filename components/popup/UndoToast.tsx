import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupTranslate } from './strings';

export interface UndoToastProps {
  t: PopupTranslate;
  message: string;
  durationMs: number;
  onUndo(): void;
  onExpire(): void;
}

/**
 * "N quotes deleted · Undo". The countdown pauses while the pointer or keyboard focus is on the toast, so nobody
 * loses the chance to undo while reaching for the button (WCAG 2.2.1). The parent keys it by deletion, so a new
 * deletion remounts it with a fresh countdown.
 */
export function UndoToast(p: UndoToastProps) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(p.durationMs);
  const expire = useRef(p.onExpire);
  expire.current = p.onExpire;

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => expire.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [paused]);

  return (
    <div
      class="pp-toast"
      role="status"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocusIn={() => setPaused(true)}
      onFocusOut={() => setPaused(false)}
    >
      <span>{p.message}</span>
      <button type="button" class="pp-btn pp-btn-toast" onClick={p.onUndo}>
        {p.t('popupUndo')}
      </button>
    </div>
  );
}
