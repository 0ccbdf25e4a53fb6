// The house rules about the fixture pages, checked on the repository's own files: every page is complete, every page
// the code cites exists, every page is used by a test, and nothing reads outside the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, pageIds, readPage, readPageJson, sourceFile } from '../fixture-pages';

const ROOT = join(__dirname, '..', '..', '..');
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', 'fixtures']);

/** Text files under a folder of the repository, as [path from the root, text]. */
function filesUnder(folder: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(e.name)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|tsx|mjs|js|json|css|md)$/.test(e.name))
        out.push([relative(ROOT, path), readFileSync(path, 'utf8')]);
    }
  };
  walk(join(ROOT, folder));
  if (out.length === 0) throw new Error(`no files under ${folder}`);
  return out;
}

const ids = pageIds();
/** The extension's own code (scripts/ is left out: its words, like `tw-phrases`, are options, not pages). */
const CODE = ['lib', 'platform', 'components', 'entrypoints'];
const THIS_FILE = relative(ROOT, __filename);

/**
 * Names in code that cite a fixture page: a word of the families the pages are named in (seed-…, mfa-…, neg-…), or
 * any hyphenated name with an eight-digit date in it. Short forms (`scio-asean`) cite the one page they begin.
 */
function citations(text: string): string[] {
  const families = [...new Set(ids.map((id) => id.split('-')[0]))].join('|');
  const family = new RegExp(`\\b(?:${families})(?:-[a-z0-9]+)+\\b`, 'g');
  const dated = /\b[a-z]+(?:-[a-z0-9]+)*-\d{8}(?:-[a-z0-9]+)*\b/g;
  return [...new Set([...(text.match(family) ?? []), ...(text.match(dated) ?? [])])];
}

const namesAPage = (c: string) => ids.includes(c) || ids.filter((id) => id.startsWith(`${c}-`)).length === 1;

describe('fixture pages', () => {
  it.each(ids)('%s has meta.json (naming it), expected.json and one source file', (id) => {
    const files = readdirSync(join(PAGES, id)).sort();
    const sources = files.filter((f) => f === 'source.txt' || f === 'source.html');
    expect(files).toEqual(['expected.json', 'meta.json', ...sources].sort());
    expect(sources).toHaveLength(1);
    expect(readPageJson<{ id: string }>(id, 'meta.json').id).toBe(id);
    expect(typeof readPageJson<{ press: unknown }>(id, 'expected.json').press).toBe('boolean');
  });

  it('every page cited in the code exists (a short form begins exactly one page)', () => {
    const cited = CODE.flatMap(filesUnder).flatMap(([path, text]) => citations(text).map((c) => ({ path, c })));
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter(({ c }) => !namesAPage(c))).toEqual([]);
  });

  it.each([
    ['// the closing remark (seed-shanghai-20180612-tc)', []],
    ['// inline bracket labels (scio-asean)', []],
    ['// a date mistyped (seed-shanghai-20180613-tc)', ['seed-shanghai-20180613-tc']],
    ['// a short form of several pages (hk-ce)', ['hk-ce']],
    ['// a page of a new family (gov-sz-20240101-sc)', ['gov-sz-20240101-sc']],
  ])('the check itself: %s', (text, wrong) => {
    expect(citations(text).filter((c) => !namesAPage(c))).toEqual(wrong);
  });

  it.each([
    ['a page that is not there', () => readPage('no-such-page', 'source.txt')],
    ['a file a page does not have', () => readPage('seed-shanghai-20180612-tc', 'source.html')],
    ['a page without a source', () => sourceFile('no-such-page')],
  ])('reading %s throws, naming it', (_name, read) => {
    expect(read).toThrow(/no-such-page|source\.html/);
  });

  it('every page is used by a test (named in a file under tests/: a test table, the e2e page list)', () => {
    const tests = filesUnder('tests').filter(([path]) => path !== THIS_FILE);
    const unused = ids.filter((id) => !tests.some(([, text]) => text.includes(id)));
    expect(unused).toEqual([]);
  });
});

// The pages and tools used to sit in a folder beside the repository; a fresh clone has no such folder.
const SIBLING = resolve(ROOT, '..', 'shared');
const within = (dir: string, path: string) => path === dir || path.startsWith(dir + sep);

/**
 * Quoted relative paths that climb out of their folder and lead outside the repository. A module specifier
 * (import, require, new URL(…, import.meta.url)) is read from its file; any other string may be read from the
 * project root too (process.cwd(), a command's argument), so it must not lead to the folder beside it either.
 */
function climbsOut(path: string, text: string): string[] {
  const dir = dirname(join(ROOT, path));
  const found: string[] = [];
  for (const m of text.matchAll(
    /(from\s+|import\s*\(?\s*|require\(\s*|new URL\(\s*)?(['"`])((?:\.\.\/)+[^'"`\s]*)\2/g,
  )) {
    const [, lead, , rel = ''] = m;
    const fromFile = resolve(dir, rel);
    if (!within(ROOT, fromFile) || (!lead && within(SIBLING, resolve(ROOT, rel)))) found.push(`${path}: ${rel}`);
  }
  for (const named of ['shared/fixtures', 'shared/tools']) if (text.includes(named)) found.push(`${path}: ${named}`);
  return found;
}

describe('nothing reads outside the repository', () => {
  it.each([...CODE, 'tests', 'scripts'])('%s/', (folder) => {
    // This file's own table below holds such paths as test input.
    const files = filesUnder(folder).filter(([path]) => path !== THIS_FILE);
    expect(files.flatMap(([path, text]) => climbsOut(path, text))).toEqual([]);
  });

  it('package.json scripts', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.entries(pkg.scripts).flatMap(([name, cmd]) => climbsOut(`package.json ${name}`, `'${cmd}'`))).toEqual(
      [],
    );
  });

  it.each([
    ['an import of a folder inside', 'components/popup/Popup.tsx', "import { t } from '../shared/i18n';", []],
    [
      'a path read from the project root',
      'tests/unit/x/sample.ts',
      "resolve(process.cwd(), '../shared/fixtures/pages')",
      2,
    ],
    ['a path read from its file', 'tests/unit/x/y.ts', "join(__dirname, '../../../../elsewhere/pages')", 1],
    [
      'a command run from the root',
      'scripts/bench.mjs',
      "run('corpus', 'node', ['../shared/tools/eval-corpus.mjs'])",
      2,
    ],
    [
      'a folder inside, from its file',
      'tests/unit/app/locales.test.ts',
      "path.resolve(__dirname, '../../../locales')",
      [],
    ],
  ] as const)('the check itself: %s', (_name, path, text, found) => {
    const out = climbsOut(path, text);
    if (typeof found === 'number') expect(out).toHaveLength(found);
    else expect(out).toEqual(found);
  });
});
