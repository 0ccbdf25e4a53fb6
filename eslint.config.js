import js from '@eslint/js';
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
