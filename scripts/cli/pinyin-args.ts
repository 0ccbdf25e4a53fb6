// The pinyin CLI's arguments. Text may itself begin with a dash ("--- 標題", "-5% 增長"), and npm swallows the
// first `--`, so only an argument shaped like an option (-h, --tone, --tone=x) is read as one; anything else is
// text. `--` still makes every later argument text, and `-` reads standard input.
import type { ToneStyle } from '../../lib/pinyin/syllable';

export interface PinyinArgs {
  tone: ToneStyle;
  sandhi: boolean;
  text: string;
}

export type ParsedPinyinArgs = PinyinArgs | { help: true } | { error: string };

const TONES: readonly ToneStyle[] = ['marks', 'numbers', 'zhuyin'];
const OPTION = /^(-[A-Za-z]|--[A-Za-z][\w-]*(=.*)?)$/s;

export function parsePinyinArgs(argv: readonly string[], readStdin: () => string): ParsedPinyinArgs {
  let tone: ToneStyle = 'marks';
  let sandhi = false;
  const parts: string[] = [];
  let literal = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (literal || !OPTION.test(arg)) {
      if (arg === '--' && !literal) literal = true;
      else parts.push(arg === '-' && !literal ? readStdin() : arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--sandhi') sandhi = true;
    else if (arg === '--tone' || arg.startsWith('--tone=')) {
      const value = arg.startsWith('--tone=') ? arg.slice('--tone='.length) : argv[++i];
      if (value === undefined) return { error: '--tone needs a value: marks, numbers or zhuyin' };
      if (!(TONES as readonly string[]).includes(value))
        return { error: `unknown tone style "${value}": use marks, numbers or zhuyin` };
      tone = value as ToneStyle;
    } else return { error: `unknown option ${arg}` };
  }
  if (parts.length === 0) return { error: 'no text given' };
  return { tone, sandhi, text: parts.join(' ') };
}
