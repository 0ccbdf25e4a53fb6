// One figure: its text as printed, its readable value, what kind it is, and the sentence it sits in. The main
// area is a button-like element (reveal in the page); copying is a separate real button beside it.
import type { FigureKind } from '../../lib/figures/types';
import type { FigureRow } from '../../lib/protocol';
import { sentenceParts } from './model';
import type { PanelStringKey, PanelTranslate } from './strings';

export const KIND_LABEL: Record<FigureKind, PanelStringKey> = {
  amount: 'panelKindAmount',
  percent: 'panelKindPercent',
  points: 'panelKindPoints',
  count: 'panelKindCount',
  rank: 'panelKindRank',
  duration: 'panelKindDuration',
  date: 'panelKindDate',
};

// The kind label already says "percentage" or "points": repeating % or 个百分点 as the unit is noise.
const UNIT_IN_KIND: ReadonlySet<FigureKind> = new Set(['percent', 'points']);

export interface FigureItemProps {
  row: FigureRow;
  readable: string;
  lang: string;
  t: PanelTranslate;
  onReveal: (id: number) => void;
  onCopy: (row: FigureRow) => void;
}

export function FigureItem({ row, readable, lang, t, onReveal, onCopy }: FigureItemProps) {
  const parts = sentenceParts(row);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onReveal(row.id);
    }
  };
  return (
    <li class={`brp-fig brp-kind-${row.kind}`}>
      <div
        class="brp-fig-main"
        role="button"
        tabIndex={0}
        data-figure-id={row.id}
        title={t('panelReveal', [row.text])}
        onClick={() => onReveal(row.id)}
        onKeyDown={onKeyDown}
      >
        <span class="brp-fig-line">
          <span class="brp-fig-text" lang={lang} title={row.original !== row.text ? row.original : undefined}>
            {row.text}
          </span>
          {readable && readable !== row.text ? (
            <>
              <span class="brp-sep" aria-hidden="true">
                ·
              </span>
              <span class="brp-fig-value">{readable}</span>
            </>
          ) : null}
        </span>
        <span class="brp-fig-meta">
          {row.approx ? (
            <span class="brp-approx" title={t('panelApprox')} aria-label={t('panelApprox')}>
              ≈
            </span>
          ) : null}
          <span class="brp-kind">{t(KIND_LABEL[row.kind])}</span>
          {row.unit && !UNIT_IN_KIND.has(row.kind) ? (
            <span class="brp-unit" lang={lang} title={t('panelUnit', [row.unit])}>
              {row.unit}
            </span>
          ) : null}
        </span>
        <span class="brp-fig-sentence" lang={lang}>
          {parts.before}
          {parts.figure ? <mark>{parts.figure}</mark> : null}
          {parts.after}
        </span>
      </div>
      <button
        type="button"
        class="brp-copy"
        aria-label={t('panelCopy')}
        title={t('panelCopy')}
        onClick={() => onCopy(row)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="5.5" y="5.5" width="8" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.3" />
          <path
            d="M3.5 10.5h-.5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1h6.5a1 1 0 0 1 1 1v.5"
            fill="none"
            stroke="currentColor"
            stroke-width="1.3"
          />
        </svg>
      </button>
    </li>
  );
}
