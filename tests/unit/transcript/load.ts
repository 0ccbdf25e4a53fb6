// Loads the real fixture pages (tests/fixtures/pages) through the same path as the CLI: HTML via linkedom and
// sourceFromDocument, text via blocksFromText.
import { parseHTML } from 'linkedom';
import { blocksFromText, sourceFromDocument } from '../../../lib/transcript/blocks';
import type { SourceDoc, TurnKind } from '../../../lib/transcript/types';
import { pageIds, readPage, readPageJson, sourceFile } from '../fixture-pages';

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

export const fixtureIds = pageIds;

export function expected(id: string): Expected {
  return readPageJson<Expected>(id, 'expected.json');
}

export function parseDocument(html: string): Document {
  const wrapped = /<(?:html|body)[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

export function loadSource(id: string): SourceDoc {
  const file = sourceFile(id);
  const text = readPage(id, file);
  return file === 'source.html' ? sourceFromDocument(parseDocument(text)) : { blocks: blocksFromText(text) };
}

/** Compare the way the corpus scorer does: NFKC, no whitespace. */
export function norm(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
}
