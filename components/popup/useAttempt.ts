// Runs the popup's actions: the popup stays responsive (busy while one runs) and a failure becomes a visible
// notice rather than a silent rejection. Info notices go away by themselves; errors stay until the next notice.
import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../../lib/errors';

export type Notice = { kind: 'info' | 'error'; text: string };

export type Attempt = <T>(run: () => T | Promise<T>, fail: (msg: string) => string) => Promise<T | undefined>;

const NOTICE_MS = 4000;

export function useAttempt(): {
  busy: boolean;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  attempt: Attempt;
} {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  async function attempt<T>(run: () => T | Promise<T>, fail: (msg: string) => string): Promise<T | undefined> {
    setBusy(true);
    try {
      return await run();
    } catch (err) {
      setNotice({ kind: 'error', text: fail(messageOf(err)) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { busy, notice, setNotice, attempt };
}
