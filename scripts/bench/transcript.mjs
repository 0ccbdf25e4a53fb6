// Long transcripts for the benchmarks, made of the seed page's real turns: its header, then its seven exchanges
// repeated with the questions renumbered (1、… 8、… 15、…) until the size is reached, then its closing. The result
// reads like one very long press conference, so detection, turn parsing and figures all do their normal work.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const SEED_ID = 'seed-shanghai-20180612-tc';
export const seedText = () =>
  fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'pages', SEED_ID, 'source.txt'), 'utf8');

const NUMBERED = /^(\s*)(\d+)、/;

/** Splits the seed into header (before question 1), exchanges (question 1 up to the host's closing) and tail. */
function parts(text) {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => NUMBERED.test(l));
  // The closing is the host's turn after the last exchange: the first labelled line naming 新聞發言人 after it.
  const close = lines.findIndex((l, i) => i > first && /新聞發言人/.test(l));
  if (first < 0 || close < 0) throw new Error('seed page changed shape: no numbered question or closing host turn');
  return { head: lines.slice(0, first), body: lines.slice(first, close), tail: lines.slice(close) };
}

/**
 * A transcript of at least `chars` characters (exactly the seed when `chars` is not above its size), one block per
 * line as the .txt fixtures are.
 */
export function buildTranscript(chars) {
  const text = seedText();
  if (chars <= text.length) return text;
  const { head, body, tail } = parts(text);
  const perRound = body.filter((l) => NUMBERED.test(l)).length;
  const out = [...head];
  let size = head.join('\n').length + tail.join('\n').length;
  for (let round = 0; size < chars; round++) {
    for (const line of body) {
      const renumbered = line.replace(NUMBERED, (_, indent, n) => `${indent}${Number(n) + round * perRound}、`);
      out.push(renumbered);
      size += renumbered.length + 1;
    }
  }
  out.push(...tail);
  return out.join('\n');
}

/** Number of questions in a transcript built by buildTranscript (for checking the parser kept up). */
export function questionCount(text) {
  return text.split('\n').filter((l) => NUMBERED.test(l)).length;
}
