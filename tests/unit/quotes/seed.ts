// Real passages from the seed page (Big5-gateway Traditional) and their mainland Simplified form.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getConverter } from '../../../lib/script/converters';
import type { Quote } from '../../../lib/quotes/model';

// Tests run from the project root; the fixtures sit next to it.
const SEED = resolve(process.cwd(), 'tests/fixtures/pages/seed-shanghai-20180612-tc/source.txt');

export const seedLines: string[] = readFileSync(SEED, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');

/** Big5-gateway pages were made with Taiwan phrase conversion, so this gives back the mainland wording. */
export const toHans = getConverter('twp', 'cn');

export const SEED_URL =
  'http://big5.eastday.com:82/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html';
export const seedTitle = seedLines[1] ?? '';
export const seedDate = seedLines[2] ?? '';

/** The words of the first line that starts with `label` followed by a colon. */
export function turnText(label: string): string {
  const line = seedLines.find((l) => l.replace(/^\d+、/, '').startsWith(label + ':'));
  if (!line) throw new Error(`no turn ${label} in the seed`);
  return line.slice(line.indexOf(':') + 1);
}

/** Paragraphs that follow the turn labelled `label` up to the next labelled line. */
export function turnParagraphs(label: string): string[] {
  const start = seedLines.findIndex((l) => l.replace(/^\d+、/, '').startsWith(label + ':'));
  const out = [turnText(label)];
  for (let i = start + 1; i < seedLines.length; i++) {
    const l = seedLines[i] ?? '';
    if (/^[^,,。]{1,20}(\([^)]*\))?:/.test(l) || /^\d+、/.test(l)) break;
    out.push(l);
  }
  return out;
}

export function firstSentence(text: string): string {
  const end = text.indexOf('。');
  return end < 0 ? text : text.slice(0, end + 1);
}

export const zhangYing = turnText('張英(市經信委總工程師)');
export const q1 = turnText('上海日報');

/** A quote as the lead's save path would build it, fields spelled out for format tests. */
export function seedQuote(overrides: Partial<Quote> = {}): Quote {
  const text = firstSentence(zhangYing);
  return {
    id: 'q-test',
    text,
    original: text,
    variant: 'original',
    speaker: '張英',
    role: '市經信委總工程師',
    outlet: '上海日報',
    question: q1,
    conferenceTitle: seedTitle,
    conferenceDate: seedDate,
    url: SEED_URL,
    fragmentUrl: `${SEED_URL}#:~:text=x`,
    pageTitle: seedTitle,
    savedAt: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}
