// The reader's controls. Everything that leaves the reader (script, pinyin, figures, export, original page) is a
// callback.
import type { Ref } from 'preact';
import { EXPORT_KINDS, type ExportKind } from '../../lib/library/export/file';
import type { Variant } from '../../lib/script/types';
import { outletFilter, speakerFilter } from './filter';
import type { People } from './people';
import type { ReaderStringKey, Translate } from './strings';

const VARIANTS: ReadonlyArray<{ variant: Variant; label: ReaderStringKey }> = [
  { variant: 'original', label: 'readerScriptOriginal' },
  { variant: 'hans', label: 'readerScriptHans' },
  { variant: 'tw', label: 'readerScriptTw' },
  { variant: 'hk', label: 'readerScriptHk' },
];

export interface ToolbarProps {
  t: Translate;
  people: People;
  filter: string;
  /** Sections shown under the current filter, and in all. */
  shown: number;
  total: number;
  query: string;
  matchCount: number;
  /** 0-based index of the current match, or -1. */
  current: number;
  variant: Variant;
  pinyin: boolean;
  /** Whole-transcript "Pinyin above" state, or null when pinyin is unavailable (no toggle shown). */
  ruby: boolean | null;
  figuresOpen: boolean;
  findRef: Ref<HTMLInputElement>;
  onExpandAll(): void;
  onCollapseAll(): void;
  onFilter(value: string): void;
  onQuery(value: string): void;
  onStep(delta: 1 | -1): void;
  onScript(variant: Variant): void;
  onPinyin(on: boolean): void;
  onRuby(on: boolean): void;
  onFigures(): void;
  /** The whole transcript as a file; absent when the host cannot export (no control shown). */
  onExport?: (kind: ExportKind) => void;
  onHelp(): void;
  onClose(): void;
}

export function Toolbar(p: ToolbarProps) {
  const { t } = p;
  const findStatus =
    p.query.trim() === ''
      ? ''
      : p.matchCount === 0
        ? t('readerFindNone')
        : t('readerFindCount', [String(p.current + 1), String(p.matchCount)]);
  return (
    <div class="br-toolbar" role="toolbar" aria-label={t('readerLabel')}>
      <div class="br-tool-group br-find">
        <label class="br-visually-hidden" for="br-find-input">
          {t('readerFindLabel')}
        </label>
        <input
          id="br-find-input"
          ref={p.findRef}
          type="search"
          class="br-input"
          placeholder={t('readerFindPlaceholder')}
          value={p.query}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => p.onQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              p.onStep(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              if (p.query) p.onQuery('');
              else e.currentTarget.blur();
            }
          }}
        />
        <span class="br-find-status" role="status" aria-live="polite">
          {findStatus}
        </span>
        <button
          type="button"
          class="br-icon-button"
          aria-label={t('readerFindPrevious')}
          title={t('readerFindPrevious')}
          disabled={p.matchCount === 0}
          onClick={() => p.onStep(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="br-icon-button"
          aria-label={t('readerFindNext')}
          title={t('readerFindNext')}
          disabled={p.matchCount === 0}
          onClick={() => p.onStep(1)}
        >
          ↓
        </button>
      </div>

      <div class="br-tool-group">
        <button type="button" class="br-button" onClick={p.onExpandAll}>
          {t('readerExpandAll')}
        </button>
        <button type="button" class="br-button" onClick={p.onCollapseAll}>
          {t('readerCollapseAll')}
        </button>
        <label class="br-filter">
          <span class="br-visually-hidden">{t('readerFilterLabel')}</span>
          <select class="br-select" value={p.filter} onChange={(e) => p.onFilter(e.currentTarget.value)}>
            <option value="">{t('readerFilterAll')}</option>
            {p.people.speakers.length > 0 ? (
              <optgroup label={t('readerFilterSpeakers')}>
                {p.people.speakers.map((s) => (
                  <option key={s.key} value={speakerFilter(s.key)}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {p.people.outlets.length > 0 ? (
              <optgroup label={t('readerFilterOutlets')}>
                {p.people.outlets.map((o) => (
                  <option key={o.key} value={outletFilter(o.key)}>
                    {o.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
        {p.filter ? (
          <span class="br-filter-status" role="status">
            {t('readerFilterCount', [String(p.shown), String(p.total)])}
          </span>
        ) : null}
      </div>

      <div class="br-tool-group">
        <div class="br-segmented" role="group" aria-label={t('readerScriptLabel')}>
          {VARIANTS.map((v) => (
            <button
              key={v.variant}
              type="button"
              class="br-segment"
              lang={v.variant === 'hans' ? 'zh-Hans' : v.variant === 'original' ? undefined : 'zh-Hant'}
              aria-pressed={p.variant === v.variant ? 'true' : 'false'}
              onClick={() => p.onScript(v.variant)}
            >
              {t(v.label)}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="br-button"
          aria-pressed={p.pinyin ? 'true' : 'false'}
          onClick={() => p.onPinyin(!p.pinyin)}
        >
          {t('readerPinyin')}
        </button>
        {p.ruby === null ? null : (
          <button
            type="button"
            class="br-button br-ruby-all"
            aria-pressed={p.ruby ? 'true' : 'false'}
            onClick={() => p.onRuby(!p.ruby)}
          >
            {t('readerRuby')}
          </button>
        )}
        <button type="button" class="br-button" aria-pressed={p.figuresOpen ? 'true' : 'false'} onClick={p.onFigures}>
          {t('readerFigures')}
        </button>
        {p.onExport ? <ExportPicker t={t} onExport={p.onExport} /> : null}
        <button
          type="button"
          class="br-icon-button"
          aria-label={t('readerHelp')}
          title={t('readerHelp')}
          onClick={p.onHelp}
        >
          ?
        </button>
        <button type="button" class="br-button br-button--primary" onClick={p.onClose}>
          {t('readerOriginalPage')}
        </button>
      </div>
    </div>
  );
}

/** One menu of the four formats; it goes back to its label once a format is picked, so the same one can be again. */
function ExportPicker({ t, onExport }: { t: Translate; onExport: (kind: ExportKind) => void }) {
  return (
    <label class="br-filter">
      <span class="br-visually-hidden">{t('readerExport')}</span>
      <select
        class="br-select br-export"
        value=""
        onChange={(e) => {
          const kind = e.currentTarget.value as ExportKind | '';
          e.currentTarget.value = '';
          if (kind) onExport(kind);
        }}
      >
        <option value="">{t('readerExport')}</option>
        {EXPORT_KINDS.map(([kind, label]) => (
          <option key={kind} value={kind}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
