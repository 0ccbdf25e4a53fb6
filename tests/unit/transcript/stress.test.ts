import { describe, expect, it } from 'vitest';
import { blocksFromText, sourceFromDocument } from '../../../lib/transcript/blocks';
import { analyzeSource } from '../../../lib/transcript/index';
import { isSurnameStart } from '../../../lib/transcript/names';
import { getConverter } from '../../../lib/script/converters';
import { norm, parseDocument } from './load';
import { negativePage, pressPage, rng, type GenPage } from './stress';

// 300 generated transcripts of the label shapes real pages print (every colon, heading, Markdown, table, bold,
// bracket, inline and one-line layouts; surnames from the complete table; half in Traditional script) and 100
// look-alike negatives (court hearings, meeting records, forums, interviews, talk shows, notices, explainers).
const SEED = 20241203;
const toTw = getConverter('cn', 'tw');

/** Every other page in Traditional script, when the conversion keeps its names readable as names. */
function scripted(page: GenPage, n: number): GenPage {
  if (n % 2 === 0) return page;
  const turns = page.turns.map((t) => ({ ...t, label: toTw(t.label), speech: toTw(t.speech) }));
  const names = turns.map((t) => t.label.replace(/^.*?(?:发言人|發言人)\s*/, ''));
  if (!names.every((l) => /[记記]者|[问問]|主持人|[长長]|提/.test(l) || isSurnameStart(l))) return page;
  return { ...page, id: `${page.id}-tw`, text: toTw(page.text), turns };
}

function analyse(page: GenPage) {
  const src = page.html ? sourceFromDocument(parseDocument(page.text)) : { blocks: blocksFromText(page.text) };
  return analyzeSource(src);
}

const r = rng(SEED);
const presses = Array.from({ length: 300 }, (_, n) => scripted(pressPage(r, n), n));
const negatives = Array.from({ length: 100 }, (_, n) => scripted(negativePage(r, n), n));

describe('generated transcripts are read whole', () => {
  it.each(presses.map((p) => [p.id, p] as const))('%s', (_id, page) => {
    const t = analyse(page);
    expect(t.press, t.reasons.join('; ')).toBe(true);
    expect(t.turns.map((x) => [x.kind, x.label])).toEqual(page.turns.map((x) => [x.kind, x.label]));
    page.turns.forEach((want, i) =>
      expect(norm(t.turns[i]?.text)).toMatch(new RegExp(`^${norm(want.speech).slice(0, 6)}`)),
    );
  });
});

describe('generated look-alikes are no press conference, and say why', () => {
  it.each(negatives.map((p) => [p.id, p] as const))('%s', (_id, page) => {
    const t = analyse(page);
    expect(t.press, t.reasons.join('; ')).toBe(false);
    expect(t.reasons.length).toBeGreaterThan(0);
  });
});

describe('the generated set', () => {
  it('is the same for the same seed, and covers both scripts', () => {
    const again = rng(SEED);
    expect(pressPage(again, 0).text).toBe(pressPage(rng(SEED), 0).text);
    expect(presses.filter((p) => p.id.endsWith('-tw')).length).toBeGreaterThan(100);
  });
});
