// npm run --silent convert -- --to hans|tw|hk [--from auto|hans|hant|tw-phrases] [--url <page url>] <file|->
import { readFileSync } from 'node:fs';
import type { Locale } from '../lib/script/converters';
import { pickSource } from '../lib/script/source';
import type { Variant } from '../lib/script/types';
import { convertText } from '../lib/script/conversion';

const TO: Record<string, Variant> = { hans: 'hans', tw: 'tw', hk: 'hk' };
const FROM: Record<string, Locale | 'auto'> = { auto: 'auto', hans: 'cn', hant: 't', 'tw-phrases': 'twp' };
const USAGE = 'usage: convert --to hans|tw|hk [--from auto|hans|hant|tw-phrases] [--url URL] <file|->';

function fail(message: string): never {
  process.stderr.write(`convert: ${message}\n${USAGE}\n`.split('\n')[0] + '\n');
  process.exit(2);
}

function main(argv: string[]): void {
  let to: Variant | undefined;
  let from: Locale | 'auto' = 'auto';
  let url: string | undefined;
  let input: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`missing value for ${arg}`);
      return v;
    };
    if (arg === '--to') {
      const v = value();
      to = TO[v] ?? fail(`unknown --to value "${v}" (hans, tw or hk)`);
    } else if (arg === '--from') {
      const v = value();
      from = FROM[v] ?? fail(`unknown --from value "${v}" (auto, hans, hant or tw-phrases)`);
    } else if (arg === '--url') url = value();
    else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}`);
    else if (input === undefined) input = arg;
    else fail(`unexpected argument ${arg}`);
  }
  if (!to) fail('missing --to');
  if (input === undefined) fail('missing input file (or - for standard input)');
  let text: string;
  try {
    text = readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch {
    fail(`cannot read ${input}`);
  }
  const source = from === 'auto' ? pickSource(text, url) : from;
  process.stdout.write(convertText(text, to, source));
}

main(process.argv.slice(2));
