// Loads the real fixture pages (tests/fixtures/pages) through the same path as the CLI: HTML via linkedom and
// sourceFromDocument, text via blocksFromText.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { blocksFromText, sourceFromDocument } from '../../../lib/transcript/blocks';
import type { SourceDoc, TurnKind } from '../../../lib/transcript/types';

export const PAGES = join(__dirname, '..', '..', 'fixtures', 'pages');

export interface ExpectedTurn {
  kind: TurnKind;
  label: string;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  starts: string;
}

export interface Expected {
  press: boolean;
  title: string | null;
  date: string | null;
  turns: ExpectedTurn[];
}

export function fixtureIds(): string[] {
  return readdirSync(PAGES)
    .filter((d) => existsSync(join(PAGES, d, 'expected.json')))
    .sort();
}

export function expected(id: string): Expected {
  return JSON.parse(readFileSync(join(PAGES, id, 'expected.json'), 'utf8')) as Expected;
}

export function parseDocument(html: string): Document {
  const wrapped = /<(?:html|body)[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

export function loadSource(id: string): SourceDoc {
  const html = join(PAGES, id, 'source.html');
  if (existsSync(html)) return sourceFromDocument(parseDocument(readFileSync(html, 'utf8')));
  return { blocks: blocksFromText(readFileSync(join(PAGES, id, 'source.txt'), 'utf8')) };
}

/** Compare the way the corpus scorer does: NFKC, no whitespace. */
export function norm(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
}
