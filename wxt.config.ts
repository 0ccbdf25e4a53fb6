import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is generated here so that permissions and host matches come from one place (lib/hosts.ts).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'briefing-reader@briefing-reader.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
