// Search, kind chips, speaker choice and export: everything that narrows or carries away what the list shows.
import type { FigureKind } from '../../lib/figures/types';
import { FIGURE_KINDS, type SpeakerOption } from './model';
import type { PanelStringKey, PanelTranslate } from './strings';

const KINDS_LABEL: Record<FigureKind, PanelStringKey> = {
  amount: 'panelKindsAmount',
  percent: 'panelKindsPercent',
  points: 'panelKindsPoints',
  count: 'panelKindsCount',
  rank: 'panelKindsRank',
  duration: 'panelKindsDuration',
  date: 'panelKindsDate',
};

export interface FiltersProps {
  t: PanelTranslate;
  query: string;
  onQuery: (query: string) => void;
  kinds: ReadonlySet<FigureKind>;
  counts: Record<FigureKind, number>;
  onToggleKind: (kind: FigureKind) => void;
  speakers: SpeakerOption[];
  speaker: string | null;
  onSpeaker: (speaker: string | null) => void;
  canExport: boolean;
  onExportCsv: () => void;
  onExportMarkdown: () => void;
}

export function Filters(p: FiltersProps) {
  const { t } = p;
  return (
    <div class="brp-filters" role="search" aria-label={t('panelFilters')}>
      <input
        class="brp-search"
        type="search"
        value={p.query}
        placeholder={t('panelSearchPlaceholder')}
        aria-label={t('panelSearch')}
        onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="brp-chips" role="group" aria-label={t('panelKinds')}>
        {FIGURE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            class={`brp-chip brp-kind-${kind}${p.counts[kind] === 0 ? ' brp-chip-empty' : ''}`}
            aria-pressed={p.kinds.has(kind)}
            data-kind={kind}
            onClick={() => p.onToggleKind(kind)}
          >
            {t(KINDS_LABEL[kind])}
            <span class="brp-chip-count">{p.counts[kind]}</span>
          </button>
        ))}
      </div>
      <div class="brp-row">
        <label class="brp-speaker">
          <span class="brp-speaker-label">{t('panelSpeaker')}</span>
          <select
            value={p.speaker ?? ''}
            onChange={(e) => p.onSpeaker((e.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">{t('panelAllSpeakers')}</option>
            {p.speakers.map((s) => (
              <option key={s.name} value={s.name}>
                {s.role ? `${s.name} (${s.role}) · ${s.count}` : `${s.name} · ${s.count}`}
              </option>
            ))}
          </select>
        </label>
        <div class="brp-export" role="group" aria-label={t('panelExport')}>
          <button type="button" class="brp-button" disabled={!p.canExport} onClick={p.onExportCsv} data-export="csv">
            {t('panelExportCsv')}
          </button>
          <button
            type="button"
            class="brp-button"
            disabled={!p.canExport}
            onClick={p.onExportMarkdown}
            data-export="markdown"
          >
            {t('panelExportMarkdown')}
          </button>
        </div>
      </div>
    </div>
  );
}
