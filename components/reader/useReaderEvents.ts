// The reader's document-level listeners: keyboard shortcuts and the selection the save-quote button follows.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { commandForKey, type KeyCommand } from './keyboard';
import { isTrustedInput } from './trust';
import { defaultSelectionOf, readSelection, type ReaderSelection } from './selection';
import type { QuoteRequest } from './types';

export interface KeyOptions {
  keyTarget?: EventTarget | null;
  /** The reader is not displayed: it takes no keys. */
  hidden: boolean;
  helpOpen: boolean;
}

/** Registers the key listener once; it calls the latest `run` and reads the latest options through refs. */
export function useKeyCommands(
  rootRef: RefObject<HTMLElement | null>,
  options: KeyOptions,
  run: (command: KeyCommand) => void,
): void {
  const latest = useRef({ options, run });
  latest.current = { options, run };
  useEffect(() => {
    const target: EventTarget | null | undefined = options.keyTarget ?? rootRef.current?.ownerDocument;
    if (!target) return;
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      const { options: now, run: runNow } = latest.current;
      // A key the page dispatched (a forged "s" would save a quote) is not the user's.
      if (now.hidden || e.defaultPrevented || e.isComposing || !isTrustedInput(e)) return;
      const real = e.composedPath?.()[0] ?? e.target;
      const command = commandForKey(e, real, now.helpOpen);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      runNow(command);
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [options.keyTarget]);
}

export interface ReaderSelectionState {
  current: ReaderSelection | null;
  /** What to save for the current selection, or null. */
  quote(): QuoteRequest | null;
  /** Drops the selection (in the page too). */
  clear(): void;
}

/** The user's selection inside the reader, for the save-quote button. */
export function useReaderSelection(
  rootRef: RefObject<HTMLElement | null>,
  getSelection: (() => Selection | null) | undefined,
): ReaderSelectionState {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const getSelRef = useRef(getSelection);
  getSelRef.current = getSelection;
  const read = () => {
    const root = rootRef.current;
    if (!root) return null;
    return getSelRef.current ? getSelRef.current() : defaultSelectionOf(root);
  };
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const doc = root.ownerDocument;
    const update = () => {
      const next = readSelection(read(), root);
      setSelection((prev) =>
        prev && next && prev.text === next.text && prev.turnIndex === next.turnIndex && prev.box.top === next.box.top
          ? prev
          : next,
      );
    };
    doc.addEventListener('selectionchange', update);
    return () => doc.removeEventListener('selectionchange', update);
  }, []);
  return {
    current: selection,
    quote() {
      if (!selection) return null;
      const quote: QuoteRequest = { text: selection.text, turnIndex: selection.turnIndex };
      if (selection.block !== undefined) quote.block = selection.block;
      return quote;
    },
    clear() {
      read()?.removeAllRanges();
      setSelection(null);
    },
  };
}
