// Saving a passage as a quote: from the reader's button or key, or from the shortcut and the context menu (the
// background asks `reader:saveSelection`). The background is the quote list's one writer.
import { i18n } from '#i18n';
import type { QuoteRequest } from '@/components/reader/types';
import { messageOf } from '@/lib/errors';
import type { SaveResult } from '@/lib/protocol';
import { onMessage, sendMessage } from '@/platform/messaging';
import type { ReaderCore } from '../core';
import type { ScriptFeature } from './script';

export interface QuotesFeature {
  saveQuote(q: QuoteRequest): Promise<SaveResult>;
}

export function quotesFeature(
  core: ReaderCore,
  script: ScriptFeature,
  shadow: () => ShadowRoot | null,
  signal: AbortSignal,
): QuotesFeature {
  const { state, analysed } = core;

  async function saveQuote(q: QuoteRequest): Promise<SaveResult> {
    const turn = state.shown.turns[q.turnIndex];
    const orig = analysed.turns[q.turnIndex];
    const section = analysed.sections[orig?.section ?? -1];
    const questionTurn = section?.turns.map((i) => analysed.turns[i]).find((t) => t?.kind === 'question');
    const published =
      state.variant === 'original'
        ? q.text
        : (await script.conversion()).toOriginal(q.text, orig?.text ?? '', state.variant);
    const result = await sendMessage('quotes:save', {
      text: q.text,
      original: published,
      variant: state.variant,
      speaker: turn?.kind === 'question' ? (turn.speaker ?? null) : (turn?.speaker ?? turn?.label ?? null),
      role: turn?.role ?? null,
      outlet: questionTurn?.outlet ?? questionTurn?.label ?? null,
      question: questionTurn && questionTurn !== orig ? questionTurn.text : null,
      conferenceTitle: analysed.title,
      conferenceDate: analysed.date,
      url: core.url,
      pageTitle: document.title,
      context: contextAround(orig?.text ?? '', published),
    }).catch((err: unknown): SaveResult => ({ ok: false, error: messageOf(err) }));
    core.toast.show(result.ok ? i18n.t('toastQuoteSaved', [String(result.total)]) : result.error, !result.ok);
    return result;
  }

  /** The selection may be in the reader's shadow root or in the page itself. */
  async function saveSelection(): Promise<SaveResult> {
    const root = shadow();
    const sel =
      (root && 'getSelection' in root ? (root as unknown as Document).getSelection() : null) ?? getSelection();
    const text = sel?.toString().trim() ?? '';
    if (!text) {
      core.toast.show(i18n.t('toastNothingSelected'), true);
      return { ok: false, error: i18n.t('toastNothingSelected') };
    }
    const anchor = sel?.anchorNode?.parentElement?.closest('[data-turn]');
    const turnIndex = anchor ? Number(anchor.getAttribute('data-turn')) : findTurn(text);
    return saveQuote({ text, turnIndex });
  }

  function findTurn(text: string): number {
    const probe = text.slice(0, 20);
    return state.shown.turns.findIndex((t) => t.text.includes(probe));
  }

  const offs = [onMessage('reader:saveSelection', () => saveSelection())];
  signal.addEventListener('abort', () => offs.forEach((off) => off()));
  return { saveQuote };
}

/** The published words on either side of a passage within its paragraph: they make the text-fragment link exact. */
export function contextAround(turnText: string, passage: string): { before: string; after: string } | undefined {
  const at = turnText.indexOf(passage);
  if (at < 0 || !passage) return undefined;
  const lineStart = turnText.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = turnText.indexOf('\n', at + passage.length);
  const end = lineEnd < 0 ? turnText.length : lineEnd;
  return {
    before: turnText.slice(Math.max(lineStart, at - 24), at),
    after: turnText.slice(at + passage.length, Math.min(end, at + passage.length + 24)),
  };
}
