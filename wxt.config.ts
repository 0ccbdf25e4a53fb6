import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { KNOWN_HOST_PATTERNS } from './lib/hosts';
import { dictionaryAssets } from './scripts/dictionary-data';

// Permissions, each for one job (README § Permissions):
// storage: settings and saved quotes; activeTab + scripting: run the reader on any page when the user asks (and, on
// the known hosts, inject it where the detector could not rule a transcript out, and read the detector's verdict for the popup);
// contextMenus: "Save quote" on a selection. Host access: the known government hosts only (lib/hosts.ts, through the
// content scripts' matches); any other site only when the user turns on "always on this site" (optional).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  webExt: { disabled: true },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The store's reviewers rebuild from sources: screenshots and build output are not sources.
    excludeSources: ['docs/screenshots/**', 'tests/e2e/screenshots/**', '.output/**', 'stats.html', 'tmp/**'],
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // CC-CEDICT in the compact form the word card loads (lib/dictionary/data-files.ts), built from the pinned package
    // on every build rather than committed: one source, nothing generated to keep in step.
    'build:publicAssets': (_wxt, files) => {
      files.push(...dictionaryAssets());
    },
    // The detector is an unlisted script (entrypoints/detector/index.ts says why), listed here as the one content
    // script the browser runs by itself.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: KNOWN_HOST_PATTERNS, js: ['detector.js'], run_at: 'document_idle' },
      ];
    },
    // The detector and analyzer never call a promise-returning browser API themselves (they only message the background),
    // so they take WXT's plain `browser` instead of the polyfilled one: that keeps the always-on script within 30 KB.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'detector' || e.name === 'analyzer')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'activeTab',
      'contextMenus',
      ...(manifestVersion === 3 ? ['scripting'] : []),
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-reader': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_cmdToggleReader__' },
      'save-quote': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSaveQuote__' },
      'toggle-pinyin': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdTogglePinyin__' },
      'open-figures': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_cmdOpenFigures__' },
      // Chrome takes at most four suggested keys and the four above use them: the user picks this one.
      'open-library': { description: '__MSG_cmdOpenLibrary__' },
    },
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
