import type { SiteSettings } from '../../lib/settings';
import type { Variant } from '../../lib/script/types';
import type { OptionsStringKey, OptionsTranslate } from './strings';

export interface SiteListProps {
  t: OptionsTranslate;
  sites: Record<string, SiteSettings>;
  onSite(host: string, site: SiteSettings): void;
  onRemove(host: string): void;
}

type OpenChoice = 'default' | 'on' | 'off';

export const VARIANT_KEYS: readonly [Variant, OptionsStringKey][] = [
  ['original', 'optionsVariantOriginal'],
  ['hans', 'optionsVariantHans'],
  ['tw', 'optionsVariantTw'],
  ['hk', 'optionsVariantHk'],
];

function openChoice(site: SiteSettings): OpenChoice {
  return site.enabled === undefined ? 'default' : site.enabled ? 'on' : 'off';
}

/** A copy of `site` with `key` set, or removed when the value is the default (undefined). */
function withField<K extends keyof SiteSettings>(site: SiteSettings, key: K, value: SiteSettings[K]): SiteSettings {
  const next: SiteSettings = { ...site };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function SiteList({ t, sites, onSite, onRemove }: SiteListProps) {
  const hosts = Object.keys(sites).sort((a, b) => a.localeCompare(b));
  if (hosts.length === 0) return <p class="op-empty">{t('optionsSitesEmpty')}</p>;
  return (
    <table class="op-sites">
      <thead>
        <tr>
          <th scope="col">{t('optionsSiteHost')}</th>
          <th scope="col">{t('optionsSiteOpen')}</th>
          <th scope="col">{t('optionsSiteVariant')}</th>
          <th scope="col">
            <span class="op-visually-hidden">{t('optionsSiteRemove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {hosts.map((host) => {
          const site = sites[host] ?? {};
          return (
            <tr key={host} data-host={host}>
              <th scope="row" class="op-host">
                {host}
              </th>
              <td>
                <select
                  aria-label={t('optionsSiteOpenLabel', [host])}
                  value={openChoice(site)}
                  data-field="enabled"
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLSelectElement).value as OpenChoice;
                    onSite(host, withField(site, 'enabled', v === 'default' ? undefined : v === 'on'));
                  }}
                >
                  <option value="default">{t('optionsSiteOpenDefault')}</option>
                  <option value="on">{t('optionsSiteOpenOn')}</option>
                  <option value="off">{t('optionsSiteOpenOff')}</option>
                </select>
              </td>
              <td>
                <select
                  aria-label={t('optionsSiteVariantLabel', [host])}
                  value={site.variant ?? ''}
                  data-field="variant"
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLSelectElement).value;
                    onSite(host, withField(site, 'variant', v === '' ? undefined : (v as Variant)));
                  }}
                >
                  <option value="">{t('optionsSiteVariantDefault')}</option>
                  {VARIANT_KEYS.map(([variant, key]) => (
                    <option key={variant} value={variant}>
                      {t(key)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  class="op-btn op-btn-quiet"
                  aria-label={t('optionsSiteRemoveLabel', [host])}
                  onClick={() => onRemove(host)}
                >
                  {t('optionsSiteRemove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
