// CLI over the same engine as the pinyin tooltips: prints the in-context reading of every hanzi.
import { readFileSync } from 'node:fs';
import { readingsFor } from '../lib/pinyin/index';
import { parsePinyinArgs, type PinyinArgs } from './cli/pinyin-args';

const USAGE = `Usage: npm run --silent pinyin -- [--tone marks|numbers|zhuyin] [--sandhi] <text...|->

Prints one syllable per hanzi, space-separated, read in context (銀行行長 -> yín háng háng zhǎng).
Traditional text is read through its Simplified form, so both scripts give the same readings.

  --tone marks     tone marks (default): yín háng
  --tone numbers   tone numbers, neutral tone 5, ü kept: yin2 hang2, de5, lü4
  --tone zhuyin    bopomofo, first tone unmarked, neutral-tone dot first: ㄧㄣˊ ㄏㄤˊ, ˙ㄉㄜ
  --sandhi         apply the tone sandhi of 一 and 不 (yí gè, bú shì); default is the original tone
  -                read the text from standard input
  --               every later argument is text (text that begins with a dash needs it only when it
                   looks like an option: -x, --word)
  -h, --help       show this help

Non-hanzi characters are passed through unchanged: each run of them (digits, Latin letters, punctuation)
becomes one space-separated token, whitespace only separates tokens, and line breaks are kept.
  "2018年銀行,5G" -> "2018 nián yín háng , 5G"
Several text arguments are joined with a space. Exit status 2, with a one-line message on stderr, when the
arguments are invalid or the text contains no hanzi.`;

function fail(message: string): never {
  process.stderr.write(`pinyin: ${message} (see --help)\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): PinyinArgs {
  const parsed = parsePinyinArgs(argv, () => readFileSync(0, 'utf8'));
  if ('help' in parsed) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  if ('error' in parsed) fail(parsed.error);
  return parsed;
}

function renderLine(line: string, readings: (string | null)[], offset: number): string {
  const tokens: string[] = [];
  let run = '';
  const flush = (): void => {
    if (run) tokens.push(run);
    run = '';
  };
  for (let i = 0; i < line.length; i++) {
    const syl = readings[offset + i];
    const ch = line[i] as string;
    if (syl) {
      flush();
      tokens.push(syl);
      if ((line.codePointAt(i) ?? 0) > 0xffff) i++;
    } else if (/\s/.test(ch)) flush();
    else run += ch;
  }
  flush();
  return tokens.join(' ');
}

function main(): void {
  const { tone, sandhi, text } = parseArgs(process.argv.slice(2));
  if (!/\p{Script=Han}/u.test(text)) fail('the text contains no Chinese characters');
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const readings = readingsFor(body, { tone, sandhi });
  if (!readings.some((r) => r !== null)) fail('no readable Chinese characters in the text');
  const out: string[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    out.push(renderLine(line, readings, offset));
    offset += line.length + 1;
  }
  process.stdout.write(out.join('\n') + '\n');
}

main();
