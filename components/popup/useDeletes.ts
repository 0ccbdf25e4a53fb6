// Deleting quotes (some, or all of them) and the Undo the popup then offers for a while.
import { useRef, useState } from 'preact/hooks';
import type { PopupTranslate } from './strings';
import type { PopupActions } from './types';
import type { Attempt, Notice } from './useAttempt';

export interface DeletesDeps {
  actions: PopupActions;
  t: PopupTranslate;
  attempt: Attempt;
  setNotice(notice: Notice): void;
  /** Updates the selection: deleted quotes leave it. */
  setSelected(update: (prev: ReadonlySet<string>) => ReadonlySet<string>): void;
}

export function useDeletes({ actions, t, attempt, setNotice, setSelected }: DeletesDeps) {
  // Each delete gets a fresh token, so its toast restarts its countdown even when the text is the same.
  const [undo, setUndo] = useState<{ token: number; text: string } | null>(null);
  const undoToken = useRef(0);
  const failed = (msg: string) => t('popupActionFailed', [msg]);

  /** Runs an action that changes the list; true when it did not fail. */
  const ran = (run: () => unknown) =>
    attempt(async () => {
      await run();
      return true;
    }, failed);

  function offerUndo(count: number) {
    undoToken.current += 1;
    setUndo({
      token: undoToken.current,
      text: count === 1 ? t('popupDeletedOne') : t('popupDeleted', [String(count)]),
    });
  }

  async function remove(ids: string[]) {
    if (ids.length === 0) return;
    if (!(await ran(() => actions.onDelete(ids)))) return;
    setSelected((prev) => new Set([...prev].filter((id) => !ids.includes(id))));
    offerUndo(ids.length);
  }

  async function undoLast() {
    setUndo(null);
    if (await ran(() => actions.onUndo())) setNotice({ kind: 'info', text: t('popupRestored') });
  }

  /** `count`: how many quotes the list held when the user confirmed. */
  async function clearAll(count: number) {
    if (!(await ran(() => actions.onClear()))) return;
    setSelected(() => new Set());
    offerUndo(count);
  }

  return { undo, dismissUndo: () => setUndo(null), remove, undoLast, clearAll };
}
