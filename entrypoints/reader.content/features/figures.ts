// The figures the speakers cite, for the side panel, and the jump from a panel row to its passage.
import { figureRows } from '@/lib/figure-rows';
import { findFigures } from '@/lib/figures/index';
import type { Figure } from '@/lib/figures/types';
import type { FigureList } from '@/lib/protocol';
import { onMessage } from '@/platform/messaging';
import type { ReaderCore } from '../core';
import type { ScriptFeature } from './script';

export function figuresFeature(
  core: ReaderCore,
  script: ScriptFeature,
  show: () => Promise<unknown>,
  signal: AbortSignal,
): void {
  const { state, analysed } = core;
  // Found when the panel first asks, not on every page the reader opens on.
  let found: Figure[] | null = null;
  const figuresNow = (): Figure[] => (found ??= findFigures(analysed));

  function figures(): FigureList {
    return {
      url: core.url,
      title: state.shown.title,
      date: analysed.date,
      press: analysed.press,
      variant: state.variant,
      figures: figureRows(analysed, figuresNow(), script.shownConvert()),
    };
  }

  async function revealFigure(id: number): Promise<boolean> {
    const f = figuresNow()[id];
    if (!f) return false;
    if (!state.open) await show();
    const turn = state.shown.turns[f.turn];
    const text = script.shownConvert()(f.text);
    // Conversion can change a text's length a little, so the passage is looked for from a little before its place.
    const start = turn ? turn.text.indexOf(text, Math.max(0, Math.floor(f.start * 0.8) - 4)) : -1;
    const at = start >= 0 ? start : f.start;
    state.focus = { turn: f.turn, start: at, end: at + text.length };
    core.rerender();
    return true;
  }

  const offs = [
    onMessage('reader:figures', () => figures()),
    onMessage('reader:revealFigure', ({ data }) => revealFigure(data)),
  ];
  signal.addEventListener('abort', () => offs.forEach((off) => off()));
}
