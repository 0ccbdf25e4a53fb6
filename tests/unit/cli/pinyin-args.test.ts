import { describe, expect, it } from 'vitest';
import { parsePinyinArgs } from '../../../scripts/cli/pinyin-args';

const stdin = () => '--- 標題 from stdin';

describe('parsePinyinArgs', () => {
  it.each([
    ['text that begins with dashes (npm swallows the first --)', ['--- 標題'], '--- 標題'],
    ['text after --', ['--', '--- 標題'], '--- 標題'],
    ['an option-shaped word after --', ['--', '--tone', '銀行'], '--tone 銀行'],
    ['a negative figure', ['-5%', '增長'], '-5% 增長'],
    ['standard input that begins with dashes', ['-'], '--- 標題 from stdin'],
    ['a lone - after -- is text', ['--', '-'], '-'],
  ])('%s', (_, argv, text) => {
    expect(parsePinyinArgs(argv, stdin)).toEqual({ tone: 'marks', sandhi: false, text });
  });

  it.each([
    [['--tone', 'numbers', '銀行'], { tone: 'numbers', sandhi: false, text: '銀行' }],
    [['--tone=zhuyin', '--sandhi', '一個'], { tone: 'zhuyin', sandhi: true, text: '一個' }],
    [['-h'], { help: true }],
    [['--bogus', '銀行'], { error: 'unknown option --bogus' }],
    [['-x'], { error: 'unknown option -x' }],
    [['--tone'], { error: '--tone needs a value: marks, numbers or zhuyin' }],
    [['--tone=loud', '銀行'], { error: 'unknown tone style "loud": use marks, numbers or zhuyin' }],
    [[], { error: 'no text given' }],
    [['--'], { error: 'no text given' }],
  ] as const)('%j', (argv, expected) => {
    expect(parsePinyinArgs(argv, stdin)).toEqual(expected);
  });
});
