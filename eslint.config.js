import fs from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

// Layers are held by lint: lib/ is the pure engine (runs in Node, the CLI and tests), so it may not reach the
// browser, the DOM globals, the UI or the entry points. Components receive data and actions, never browser APIs.
const browserGlobals = ['browser', 'chrome'].map((name) => ({
  name,
  message: 'Browser APIs belong in entrypoints/ (composition roots), not here.',
}));
const domGlobals = ['document', 'window', 'navigator', 'location', 'localStorage', 'NodeFilter', 'Node'].map(
  (name) => ({ name, message: 'lib/ is pure: take DOM objects as parameters instead of reaching for globals.' }),
);

// One zone per execution context (Dark Reader style): lib/ imports only lib/; platform/ (the browser bindings of the
// protocol and storage) imports lib/ and itself; a component folder imports lib/, components/shared/ and itself; an
// entry point imports lib/, components/, platform/, entrypoints/shared/ and itself, never another entry point.
// tests/unit/lint/zones.test.ts lints a deliberate violation of each zone.
const dirs = (parent) =>
  fs
    .readdirSync(parent, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const zones = [
  {
    target: './lib',
    from: ['./entrypoints', './components', './platform', './scripts', './tests'],
    message: 'lib/ is pure: it imports only lib/.',
  },
  { target: './platform', from: ['./entrypoints', './components'], message: 'platform/ imports lib/ and itself.' },
  ...dirs('components')
    .filter((d) => d !== 'shared')
    .map((d) => ({
      target: `./components/${d}`,
      from: './components',
      except: [`./${d}`, './shared'],
      message: 'A component folder imports lib/, components/shared/ and itself.',
    })),
  {
    target: './components',
    from: ['./entrypoints', './platform'],
    message: 'Components receive data and actions: no entry points, no platform.',
  },
  ...dirs('entrypoints')
    .filter((d) => d !== 'shared')
    .map((d) => ({
      target: `./entrypoints/${d}`,
      from: './entrypoints',
      except: [`./${d}`, './shared'],
      message: 'An entry point does not import another entry point: share through entrypoints/shared/ or lib/.',
    })),
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'tests/fixtures/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is untrusted: render it as text.' },
        { property: 'outerHTML', message: 'Page text is untrusted: render it as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text.' },
      ],
    },
  },
  {
    files: ['lib/**', 'platform/**', 'components/**', 'entrypoints/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals, ...domGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '**/components/**', '@/entrypoints/*', '@/components/*'],
              message: 'lib/ must not import UI or entry points.',
            },
            { group: ['#imports', 'wxt/browser', 'wxt/*'], message: 'lib/ must not use WXT runtime imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '#imports', 'wxt/browser'],
              message: 'Components receive data and actions.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*', '.ci/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Callbacks evaluated inside the browser (page.evaluate, sw.evaluate) see the page's and extension's globals.
    files: ['tests/e2e/**', 'tests/bench/**', 'scripts/bench*', 'scripts/bench/**', 'scripts/start.mjs'],
    languageOptions: {
      globals: {
        browser: 'readonly',
        chrome: 'readonly',
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        getComputedStyle: 'readonly',
        requestAnimationFrame: 'readonly',
        PerformanceObserver: 'readonly',
        MouseEvent: 'readonly',
        Node: 'readonly',
        NodeFilter: 'readonly',
        fetch: 'readonly',
        DOMParser: 'readonly',
        getSelection: 'readonly',
        innerHeight: 'readonly',
        Event: 'readonly',
      },
    },
  },
  {
    // Tests and benchmarks build fixture DOMs from markup they wrote themselves.
    files: ['tests/**', 'scripts/bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
