// The settings' one writer. The reader (per-site script), the popup (per-site auto-open) and the options page send
// changes here instead of writing the stored value themselves: each change is applied to the value read just
// before, one after another, so two contexts changing different things at once both keep their change.
import { applySettingsChange, type Settings, type SettingsChange } from '@/lib/settings';
import { readSettings, settingsItem } from '@/platform/storage';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();

export function updateSettings(changes: readonly SettingsChange[]): Promise<Settings> {
  return serial(async () => {
    const next = changes.reduce(applySettingsChange, await readSettings());
    await settingsItem.setValue(next);
    return next;
  });
}
