import type { Variant } from '../../lib/script/types';
import type { PopupStringKey, PopupTranslate } from './strings';
import type { PopupPageStatus } from './types';

export interface StatusPanelProps {
  status: PopupPageStatus;
  t: PopupTranslate;
  onToggleReader(): void;
  onVariant(variant: Variant): void;
  onPinyin(on: boolean): void;
  onFigures(): void;
  onAnalyse(): void;
  /** The "open by itself on this site" switch; absent where the host cannot offer it. */
  alwaysOn?: { checked: boolean; onChange(on: boolean): void };
}

const VARIANT_LABELS: readonly [Variant, PopupStringKey][] = [
  ['original', 'popupVariantOriginal'],
  ['hans', 'popupVariantHans'],
  ['tw', 'popupVariantTw'],
  ['hk', 'popupVariantHk'],
];

export function StatusPanel(p: StatusPanelProps) {
  const { status, t } = p;
  if (status === 'unavailable' || status === null) {
    const unknown = status === null;
    return (
      <section class="pp-status" data-state={unknown ? 'unknown' : 'unavailable'} aria-label={t('popupStatusLabel')}>
        <p class="pp-status-line">
          <span class="pp-dot" aria-hidden="true" />
          {t(unknown ? 'popupStatusUnknown' : 'popupStatusUnavailable')}
        </p>
        <p class="pp-hint">{t(unknown ? 'popupStatusUnknownHint' : 'popupStatusUnavailableHint')}</p>
        {unknown && (
          <div class="pp-row">
            <button type="button" class="pp-btn pp-btn-primary" onClick={p.onAnalyse}>
              {t('popupAnalyse')}
            </button>
          </div>
        )}
      </section>
    );
  }

  if (!status.press) {
    return (
      <section class="pp-status" data-state="not-press" aria-label={t('popupStatusLabel')}>
        <p class="pp-status-line">
          <span class="pp-dot" aria-hidden="true" />
          {t('popupStatusNotPress')}
        </p>
        <p class="pp-hint">{t('popupStatusNotPressHint')}</p>
        <div class="pp-row">
          <button type="button" class="pp-btn" onClick={p.onToggleReader}>
            {t(status.readerOpen ? 'popupCloseReader' : 'popupTryReader')}
          </button>
        </div>
      </section>
    );
  }

  const count = status.questions === 1 ? t('popupStatusPressOne') : t('popupStatusPress', [String(status.questions)]);
  return (
    <section class="pp-status" data-state="press" aria-label={t('popupStatusLabel')}>
      <p class="pp-status-line">
        <span class="pp-dot" aria-hidden="true" />
        {count}
      </p>
      {status.title && (
        <p class="pp-page-title" lang="zh" title={status.title}>
          {status.title}
        </p>
      )}
      <div class="pp-row">
        <button
          type="button"
          class={status.readerOpen ? 'pp-btn' : 'pp-btn pp-btn-primary'}
          aria-pressed={status.readerOpen}
          onClick={p.onToggleReader}
        >
          {t(status.readerOpen ? 'popupCloseReader' : 'popupOpenReader')}
        </button>
        <button type="button" class="pp-btn" onClick={p.onFigures}>
          {t('popupFigures')}
        </button>
        <label class="pp-switch">
          <input
            type="checkbox"
            role="switch"
            checked={status.pinyin}
            onChange={(e) => p.onPinyin((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('popupPinyin')}</span>
        </label>
      </div>
      <fieldset class="pp-segmented">
        <legend class="pp-visually-hidden">{t('popupScriptLabel')}</legend>
        {VARIANT_LABELS.map(([variant, key]) => (
          <label key={variant} class="pp-segment">
            <input
              type="radio"
              name="pp-variant"
              value={variant}
              checked={status.variant === variant}
              onChange={() => p.onVariant(variant)}
            />
            <span lang={variant === 'original' ? undefined : variant === 'hans' ? 'zh-Hans' : 'zh-Hant'}>{t(key)}</span>
          </label>
        ))}
      </fieldset>
      {p.alwaysOn && status.host ? (
        <label class="pp-switch pp-always">
          <input
            type="checkbox"
            role="switch"
            checked={p.alwaysOn.checked}
            onChange={(e) => p.alwaysOn?.onChange((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('popupAlwaysOn', [status.host])}</span>
        </label>
      ) : null}
    </section>
  );
}
