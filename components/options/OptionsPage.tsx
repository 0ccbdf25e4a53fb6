// The options page: how and where the reader opens, the default script, pinyin display, per-site choices.
import { useMemo, useState } from 'preact/hooks';
import { messageOf } from '../../lib/errors';
import { KNOWN_HOST_PATTERNS } from '../../lib/hosts';
import type { Settings, SiteSettings, ToneStyle } from '../../lib/settings';
import { translatorFor } from '../shared/i18n';
import { SiteList, VARIANT_KEYS } from './SiteList';
import type { OptionsStringKey, OptionsStrings, OptionsTranslate } from './strings';

export interface OptionsActions {
  /**
   * Applies a partial change. Called synchronously from the input's event handler, so the entrypoint can still
   * ask for a host permission (which needs a user gesture) when a site is set to "Always".
   */
  onChange(patch: Partial<Settings>): unknown;
}

export interface OptionsPageProps {
  settings: Settings;
  strings: OptionsStrings | OptionsTranslate;
  actions: OptionsActions;
}

// Examples are data, not prose: the reading of 銀行 in each style.
const TONES: readonly [ToneStyle, OptionsStringKey, string][] = [
  ['marks', 'optionsToneMarks', 'yín háng'],
  ['numbers', 'optionsToneNumbers', 'yin2 hang2'],
  ['zhuyin', 'optionsToneZhuyin', 'ㄧㄣˊ ㄏㄤˊ'],
];

const MODIFIERS: readonly [Settings['pinyinModifier'], OptionsStringKey][] = [
  ['none', 'optionsModifierNone'],
  ['Alt', 'optionsModifierAlt'],
  ['Shift', 'optionsModifierShift'],
];

/** Host part of a match pattern, for display: "*://*.gov.cn/*" → "*.gov.cn". */
function patternHost(pattern: string): string {
  return pattern.split('://')[1]?.split('/')[0] ?? pattern;
}

export function OptionsPage({ settings, strings, actions }: OptionsPageProps) {
  const t = useMemo(() => translatorFor(strings), [strings]);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  function change(patch: Partial<Settings>) {
    let result: unknown;
    try {
      result = actions.onChange(patch);
    } catch (err) {
      setStatus({ error: true, text: t('optionsSaveFailed', [messageOf(err)]) });
      return;
    }
    Promise.resolve(result).then(
      () => setStatus({ error: false, text: t('optionsSaved') }),
      (err: unknown) => setStatus({ error: true, text: t('optionsSaveFailed', [messageOf(err)]) }),
    );
  }

  function setSite(host: string, site: SiteSettings) {
    change({ sites: { ...settings.sites, [host]: site } });
  }
  function removeSite(host: string) {
    const sites = { ...settings.sites };
    delete sites[host];
    change({ sites });
  }

  return (
    <main class="op-root">
      <header class="op-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="op-hint">{t('optionsIntro')}</p>
      </header>

      <section class="op-section" aria-labelledby="op-reader">
        <h2 id="op-reader">{t('optionsReaderHeading')}</h2>
        <fieldset class="op-fieldset">
          <legend>{t('optionsAutoOpenLegend')}</legend>
          <label class="op-choice">
            <input
              type="radio"
              name="op-auto-open"
              value="known-hosts"
              checked={settings.autoOpen === 'known-hosts'}
              onChange={() => change({ autoOpen: 'known-hosts' })}
            />
            <span>{t('optionsAutoOpenKnown')}</span>
          </label>
          <label class="op-choice">
            <input
              type="radio"
              name="op-auto-open"
              value="on-request"
              checked={settings.autoOpen === 'on-request'}
              onChange={() => change({ autoOpen: 'on-request' })}
            />
            <span>{t('optionsAutoOpenRequest')}</span>
          </label>
          <p class="op-hint">{t('optionsKnownHosts', [KNOWN_HOST_PATTERNS.map(patternHost).join(', ')])}</p>
        </fieldset>
      </section>

      <section class="op-section" aria-labelledby="op-script">
        <h2 id="op-script">{t('optionsScriptHeading')}</h2>
        <label class="op-field">
          <span>{t('optionsDefaultVariant')}</span>
          <select
            value={settings.defaultVariant}
            aria-describedby="op-variant-hint"
            onChange={(e) =>
              change({ defaultVariant: (e.currentTarget as HTMLSelectElement).value as Settings['defaultVariant'] })
            }
          >
            {VARIANT_KEYS.map(([variant, key]) => (
              <option key={variant} value={variant}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <p id="op-variant-hint" class="op-hint">
          {t('optionsDefaultVariantHint')}
        </p>
      </section>

      <section class="op-section" aria-labelledby="op-pinyin">
        <h2 id="op-pinyin">{t('optionsPinyinHeading')}</h2>
        <label class="op-choice">
          <input
            type="checkbox"
            name="pinyinEnabled"
            checked={settings.pinyinEnabled}
            onChange={(e) => change({ pinyinEnabled: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('optionsPinyinEnabled')}</span>
        </label>
        <fieldset class="op-fieldset" disabled={!settings.pinyinEnabled}>
          <legend>{t('optionsToneLegend')}</legend>
          {TONES.map(([tone, key, example]) => (
            <label key={tone} class="op-choice">
              <input
                type="radio"
                name="op-tone"
                value={tone}
                checked={settings.tone === tone}
                onChange={() => change({ tone })}
              />
              <span>{t(key)}</span>
              <span class="op-example" lang={tone === 'zhuyin' ? 'zh-Bopo' : 'zh-Latn-pinyin'}>
                銀行 {example}
              </span>
            </label>
          ))}
        </fieldset>
        <div class="op-fieldset-like" aria-disabled={!settings.pinyinEnabled}>
          <label class="op-choice">
            <input
              type="checkbox"
              name="sandhi"
              checked={settings.sandhi}
              disabled={!settings.pinyinEnabled}
              aria-describedby="op-sandhi-hint"
              onChange={(e) => change({ sandhi: (e.currentTarget as HTMLInputElement).checked })}
            />
            <span>{t('optionsSandhi')}</span>
          </label>
          <p id="op-sandhi-hint" class="op-hint op-indent">
            {t('optionsSandhiHint')}
          </p>
          <label class="op-field">
            <span>{t('optionsModifier')}</span>
            <select
              value={settings.pinyinModifier}
              name="pinyinModifier"
              disabled={!settings.pinyinEnabled}
              onChange={(e) =>
                change({
                  pinyinModifier: (e.currentTarget as HTMLSelectElement).value as Settings['pinyinModifier'],
                })
              }
            >
              {MODIFIERS.map(([mod, key]) => (
                <option key={mod} value={mod}>
                  {t(key)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>

      <section class="op-section" aria-labelledby="op-sites">
        <h2 id="op-sites">{t('optionsSitesHeading')}</h2>
        <p class="op-hint">{t('optionsSitesHint')}</p>
        <SiteList t={t} sites={settings.sites} onSite={setSite} onRemove={removeSite} />
      </section>

      <p class={status?.error ? 'op-status op-status-error' : 'op-status'} role="status">
        {status?.text ?? ''}
      </p>
    </main>
  );
}
