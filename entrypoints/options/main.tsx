// Composition root of the options page: settings in, patches out. Turning a site to "always" asks for that host's
// permission right inside the click (browsers require the gesture); a refusal leaves the setting as it was.
import { browser } from '#imports';
import { i18n } from '#i18n';
import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/options/options.css';
import { settingsChanges, validateSettings, type Settings } from '@/lib/settings';
import { sendMessage } from '@/platform/messaging';
import { settingsItem } from '@/platform/storage';

const app = document.getElementById('app')!;
let settings: Settings;

function newlyAlwaysOn(patch: Partial<Settings>): string[] {
  if (!patch.sites) return [];
  return Object.entries(patch.sites)
    .filter(([host, s]) => s.enabled === true && settings.sites[host]?.enabled !== true)
    .map(([host]) => host);
}

function change(patch: Partial<Settings>): Promise<void> {
  const hosts = newlyAlwaysOn(patch);
  // Ask first, synchronously in the event handler; store only what was granted.
  const granted = hosts.length
    ? browser.permissions.request({ origins: hosts.map((h) => `*://${h}/*`) })
    : Promise.resolve(true);
  return granted.then(async (ok) => {
    if (!ok) return;
    settings = await sendMessage(
      'settings:update',
      settingsChanges(settings, validateSettings({ ...settings, ...patch }).value),
    );
    draw();
  });
}

function draw(): void {
  render(
    <OptionsPage
      settings={settings}
      strings={(key, subs) => i18n.t(key as never, (subs ?? []) as never)}
      actions={{ onChange: change }}
    />,
    app,
  );
}

async function main(): Promise<void> {
  document.documentElement.lang = browser.i18n.getUILanguage();
  const stored = await settingsItem.getValue();
  const { value, replaced } = validateSettings(stored);
  settings = value;
  if (replaced.length) console.warn('[Briefing Reader] settings repaired, defaults used for:', replaced.join(', '));
  draw();
  settingsItem.watch((next) => {
    settings = validateSettings(next).value;
    draw();
  });
}

void main();
