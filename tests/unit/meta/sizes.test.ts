// @vitest-environment node
// A file you can read in one sitting: no source file over 400 lines (data tables excepted, each named here with
// what it holds) and no function over 100 lines, not counting the JSX markup it returns.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DATA_TABLES: Record<string, string> = {
  'lib/terms/data.ts': 'official English renderings, one row a term',
  'lib/transcript/surnames.ts': 'the generated surname table',
  'lib/script/script-chars.ts': 'generated character sets',
};

// Known debt, to split next (each named with its size when this test was written); nothing may join it.
const LONG_FUNCTIONS_TO_SPLIT = new Set<string>([]);
const LONG_FILES_TO_SPLIT = new Set<string>([]);

const files = execSync('git ls-files -co --exclude-standard lib components entrypoints platform', { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f) && fs.existsSync(f));

function longFunctions(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const src = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const line = (pos: number) => src.getLineAndCharacterOfPosition(pos).line;
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const markup = new Set<number>();
      const walk = (m: ts.Node): void => {
        if (ts.isJsxElement(m) || ts.isJsxFragment(m) || ts.isJsxSelfClosingElement(m)) {
          for (let l = line(m.getStart()); l <= line(m.getEnd()); l++) markup.add(l);
          return;
        }
        ts.forEachChild(m, walk);
      };
      walk(node.body as ts.Node);
      const lines = line(node.getEnd()) - line(node.getStart()) + 1 - markup.size;
      const name = `${file}:${(node as ts.FunctionLikeDeclaration).name?.getText() ?? 'anonymous'}`;
      if (lines > 100 && !LONG_FUNCTIONS_TO_SPLIT.has(name))
        out.push(`${name} (line ${line(node.getStart()) + 1}): ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('sizes', () => {
  it('finds the source files', () => expect(files.length).toBeGreaterThan(100));

  it('no file over 400 lines but the data tables', () => {
    const long = files
      .filter((f) => !(f in DATA_TABLES) && !LONG_FILES_TO_SPLIT.has(f))
      .map((f) => [f, fs.readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400)
      .map(([f, n]) => `${f}: ${n}`);
    expect(long).toEqual([]);
  });

  it('every data table named here exists', () => {
    for (const f of Object.keys(DATA_TABLES)) expect(fs.existsSync(f), f).toBe(true);
  });

  it('no function over 100 lines outside its JSX markup', () => {
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
