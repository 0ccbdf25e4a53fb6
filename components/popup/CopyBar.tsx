import type { QuoteFormat } from '../../lib/quotes/format';
import type { PopupStringKey, PopupTranslate } from './strings';
import type { CopyScript } from './types';

export interface CopyBarProps {
  t: PopupTranslate;
  count: number;
  script: CopyScript;
  pinyin: boolean;
  busy: boolean;
  onScript(script: CopyScript): void;
  onPinyin(on: boolean): void;
  onCopy(format: QuoteFormat): void;
  onDelete(): void;
  onClearSelection(): void;
}

const FORMATS: readonly [QuoteFormat, PopupStringKey][] = [
  ['plain', 'popupFormatPlain'],
  ['markdown', 'popupFormatMarkdown'],
  ['citation', 'popupFormatCitation'],
  ['english', 'popupFormatEnglish'],
];

const SCRIPTS: readonly [CopyScript, PopupStringKey][] = [
  ['shown', 'popupCopyScriptShown'],
  ['hans', 'popupCopyScriptHans'],
  ['hant', 'popupCopyScriptHant'],
];

/** Actions on the selected quotes. */
export function CopyBar(p: CopyBarProps) {
  const { t } = p;
  return (
    <div class="pp-copybar" role="group" aria-label={t('popupSelectedCount', [String(p.count)])}>
      <div class="pp-copybar-row">
        <span class="pp-copybar-count">{t('popupSelectedCount', [String(p.count)])}</span>
        <button type="button" class="pp-btn pp-btn-quiet" onClick={p.onClearSelection}>
          {t('popupClearSelection')}
        </button>
        <button type="button" class="pp-btn pp-btn-danger" onClick={p.onDelete} disabled={p.busy}>
          {t('popupDeleteSelected')}
        </button>
      </div>
      <div class="pp-copybar-row" role="group" aria-label={t('popupCopyAs')}>
        <span class="pp-copybar-label" aria-hidden="true">
          {t('popupCopyAs')}
        </span>
        {FORMATS.map(([format, key]) => (
          <button
            key={format}
            type="button"
            class="pp-btn pp-btn-primary"
            data-format={format}
            disabled={p.busy}
            onClick={() => p.onCopy(format)}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <div class="pp-copybar-row">
        <label class="pp-field-inline">
          <span>{t('popupCopyScript')}</span>
          <select
            value={p.script}
            onChange={(e) => p.onScript((e.currentTarget as HTMLSelectElement).value as CopyScript)}
          >
            {SCRIPTS.map(([script, key]) => (
              <option key={script} value={script}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label class="pp-field-inline">
          <input
            type="checkbox"
            checked={p.pinyin}
            onChange={(e) => p.onPinyin((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('popupCopyPinyin')}</span>
        </label>
      </div>
    </div>
  );
}
