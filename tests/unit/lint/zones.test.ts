// @vitest-environment node
// Each lint zone (eslint.config.js) rejects a deliberate violation and lets the allowed imports through. The code is
// linted as if it sat at the given path, so nothing is written to the tree.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
// Loading ESLint, the TypeScript parser and the import resolver is a one-time cost of seconds on a busy machine; it
// is paid here, once, so that every case below is a fast lint of one line.
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.lintText("import './probe';", { filePath: 'lib/zone-probe.ts' });
}, 60_000);

async function zoneErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('lint zones', () => {
  it.each([
    ['lib imports an entry point', 'lib/zone-probe.ts', "import '../entrypoints/shared/tabs';"],
    ['lib imports a component', 'lib/zone-probe.ts', "import '../components/reader/text';"],
    ['lib imports the platform layer', 'lib/zone-probe.ts', "import '../platform/storage';"],
    ['lib imports the platform layer by alias', 'lib/transcript/zone-probe.ts', "import '@/platform/messaging';"],
    ['platform imports an entry point', 'platform/zone-probe.ts', "import '../entrypoints/shared/tabs';"],
    ['a component imports another component folder', 'components/popup/zone-probe.ts', "import '../reader/text';"],
    ['a component imports the platform layer', 'components/reader/zone-probe.ts', "import '../../platform/storage';"],
    ['a component imports an entry point', 'components/panel/zone-probe.ts', "import '../../entrypoints/shared/tabs';"],
    [
      'an entry point imports another entry point',
      'entrypoints/pinyin-engine.content/zone-probe.ts',
      "import '../reader.content/original';",
    ],
    ['the background imports the popup', 'entrypoints/background/zone-probe.ts', "import '../popup/copy';"],
  ])('rejects: %s', async (_name, file, code) => {
    expect(await zoneErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['lib imports lib', 'lib/transcript/zone-probe.ts', "import '../figures/format';"],
    ['platform imports lib', 'platform/zone-probe.ts', "import '../lib/settings';"],
    [
      'a component imports lib and components/shared',
      'components/popup/zone-probe.ts',
      "import '../../lib/settings';\nimport '../shared/i18n';",
    ],
    ['a component imports its own folder', 'components/reader/zone-probe.ts', "import './text';"],
    [
      'an entry point imports lib, components, platform and entrypoints/shared',
      'entrypoints/popup/zone-probe.ts',
      "import '../../lib/settings';\nimport '../../components/popup/text';\nimport '../../platform/storage';\nimport '../shared/tabs';",
    ],
  ])('allows: %s', async (_name, file, code) => {
    expect(await zoneErrors(file, code)).toEqual([]);
  });
});
