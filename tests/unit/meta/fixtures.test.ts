// The house rules about the fixture pages, checked on the repository's own files: every page is complete, every page
// the code cites exists, every page is used by a test, and nothing reads outside the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, pageIds, readPageJson } from '../fixture-pages';

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

describe('fixture pages', () => {
  it.each(ids)('%s has meta.json (naming it), expected.json and one source file', (id) => {
    const files = readdirSync(join(PAGES, id)).sort();
    const sources = files.filter((f) => f === 'source.txt' || f === 'source.html');
    expect(files).toEqual(['expected.json', 'meta.json', ...sources].sort());
    expect(sources).toHaveLength(1);
    expect(readPageJson<{ id: string }>(id, 'meta.json').id).toBe(id);
    expect(typeof readPageJson<{ press: unknown }>(id, 'expected.json').press).toBe('boolean');
  });

  it('every page cited in lib/ exists (a short form begins exactly one page)', () => {
    const cited = filesUnder('lib').flatMap(([path, text]) => citations(text).map((c) => ({ path, c })));
    expect(cited.length).toBeGreaterThan(20);
    const missing = cited.filter(
      ({ c }) => !ids.includes(c) && ids.filter((id) => id.startsWith(`${c}-`)).length !== 1,
    );
    expect(missing).toEqual([]);
  });

  it('every page is used by a test (named in a file under tests/: a test table, the e2e page list)', () => {
    const tests = filesUnder('tests').filter(([path]) => path !== THIS_FILE);
    const unused = ids.filter((id) => !tests.some(([, text]) => text.includes(id)));
    expect(unused).toEqual([]);
  });
});

describe('nothing reads outside the repository', () => {
  // Spelled in pieces so this file does not match itself.
  const outside = ['../' + 'shared', 'shared/' + 'fixtures', 'shared/' + 'tools'];

  it.each(['lib', 'tests', 'scripts'])('%s/', (folder) => {
    const offenders = filesUnder(folder)
      .filter(([, text]) => outside.some((o) => text.includes(o)))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('package.json scripts', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.values(pkg.scripts).filter((s) => outside.some((o) => s.includes(o)))).toEqual([]);
  });
});
