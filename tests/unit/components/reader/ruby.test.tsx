// Ruby mode ("Pinyin above") on the seed page: words carry their pinyin in data-py only, so the paragraph's text,
// offsets, find marks and a saved quote are the characters alone; toolbar and per-section toggles.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { offsetOf, readParagraph } from '../../../../components/reader/hover';
import { rubyGroupsOf, rubyRunsOf } from '../../../../components/reader/ruby';
import { readSelection } from '../../../../components/reader/selection';
import { paragraphsOf } from '../../../../components/reader/text';
import type { ReaderPinyin, RubyMode } from '../../../../components/reader/types';
import { createPinyinCache } from '../../../../lib/pinyin/index';
import type { Transcript, Turn } from '../../../../lib/transcript/types';
import { click, mount, typeInto } from './harness';
import { buildSections } from '../../../../lib/transcript/sections';
import { transcriptFrom } from './sample';

const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');
const source = createPinyinCache();
const pinyin: ReaderPinyin = { source, tone: 'marks', modifier: 'none' };

let m: ReturnType<typeof mount> | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});
const open = (ruby: RubyMode = 'all', t: Transcript = transcript, p: ReaderPinyin | null = pinyin) =>
  (m = mount(t, { settings: { variant: 'original', pinyin: p !== null, pageLang: 'zh-Hant', ruby }, pinyin: p }));
const para = (turn: number, block: number) => m!.$(`p[data-turn="${turn}"][data-block="${block}"]`)!;
const pyOf = (el: Element, word: string) =>
  [...el.querySelectorAll('.br-ruby')].find((s) => s.textContent === word)?.getAttribute('data-py');

describe('rubyRunsOf', () => {
  const p = { text: '就長三角來説,有錯位競爭', offset: 40 };
  const words = source.words(p.text);
  it('wraps each word and leaves the text between words plain', () => {
    const runs = rubyRunsOf(p, words, []);
    expect(runs.map((r) => [r.pieces.map((s) => s.text).join(''), r.ruby])).toEqual([
      ['就', 'jiù'],
      ['長', 'cháng'],
      ['三角', 'sān jiǎo'],
      ['來説', 'lái shuō'],
      [',', null],
      ['有', 'yǒu'],
      ['錯位', 'cuò wèi'],
      ['競爭', 'jìng zhēng'],
    ]);
  });

  it('cuts a mark crossing word edges into one piece per word (turn-relative offsets)', () => {
    const runs = rubyRunsOf(p, words, [{ start: 40 + 1, end: 40 + 3, kind: 'current' }]);
    expect(runs.slice(1, 3).map((r) => r.pieces)).toEqual([
      [{ text: '長', kind: 'current' }],
      [
        { text: '三', kind: 'current' },
        { text: '角', kind: null },
      ],
    ]);
    expect(runs.flatMap((r) => r.pieces.map((s) => s.text)).join('')).toBe(p.text);
  });

  it('ignores overlapping or out-of-range words', () => {
    const runs = rubyRunsOf(
      { text: '重慶', offset: 0 },
      [
        { start: 0, end: 2, syllables: ['chóng', 'qìng'] },
        { start: 1, end: 2, syllables: ['qìng'] },
        { start: 1, end: 5, syllables: ['x'] },
      ],
      [],
    );
    expect(runs).toEqual([{ ruby: 'chóng qìng', pieces: [{ text: '重慶', kind: null }] }]);
  });
});

describe('rubyGroupsOf (punctuation kept on the line of its word)', () => {
  const groups = (text: string, marks: Parameters<typeof rubyRunsOf>[2] = []) =>
    rubyGroupsOf(rubyRunsOf({ text, offset: 0 }, source.words(text), marks)).map((g) =>
      g.map((r) => (r.ruby === null ? '' : '^') + r.pieces.map((s) => s.text).join('')).join('|'),
    );

  it.each([
    // Seed-page clauses: closing marks stay with the word before, opening marks with the word after.
    ['新的內涵。按照市委', ['^內涵|。']],
    ['打造“上海製造”品牌', ['“|^上海', '^製造|”']],
    ['發佈了《全力打響', ['《|^全力']],
    ['的地區,同樣', ['^地區|,']],
    ['從2015年、2016年', ['^年|、']],
    ['支撐,“一體化”不是', ['^支撐|,', '“|^一體化|”']],
  ])('%s', (text, expected) => {
    // Only groups of several runs are listed: a word with its marks glued on.
    expect(groups(text).filter((g) => g.includes('|'))).toEqual(expected);
    expect(groups(text).join('').replace(/[|^]/g, '')).toBe(text);
  });

  it('splits a mark that spans a word and its punctuation', () => {
    const runs = rubyRunsOf({ text: '內涵。按照', offset: 0 }, source.words('內涵。按照'), [
      { start: 1, end: 4, kind: 'match' },
    ]);
    const g = rubyGroupsOf(runs);
    expect(g[0]!.flatMap((r) => r.pieces)).toEqual([
      { text: '內', kind: null },
      { text: '涵', kind: 'match' },
      { text: '。', kind: 'match' },
    ]);
    expect(
      g
        .flat()
        .flatMap((r) => r.pieces.map((s) => s.text))
        .join(''),
    ).toBe('內涵。按照');
  });
});

describe('ruby mode in the reader', () => {
  const cases = transcript.turns
    .slice(0, 4)
    .flatMap((turn, ti) => paragraphsOf(turn.text).map((p, k) => [ti, k, p.text] as const));
  it.each(cases)('turn %i ¶%i: text content is the characters only', (ti, k, text) => {
    open();
    const el = para(ti, k);
    expect(el.textContent).toBe(text);
    const spans = [...el.querySelectorAll('.br-ruby')];
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => /\p{Script=Han}/u.test(s.textContent ?? '') && s.getAttribute('data-py'))).toBe(true);
  });

  it.each([
    [0, 0, '閔行', 'mǐn háng'],
    [3, 0, '側重', 'cè zhòng'],
    [1, 4, '三角', 'sān jiǎo'],
    [1, 4, '長', 'cháng'],
  ])('turn %i ¶%i: %s has data-py %s', (ti, k, word, py) => {
    open();
    expect(pyOf(para(ti, k), word)).toBe(py);
  });

  it('keeps data-offset and find marks working', () => {
    open();
    typeInto(m!.$<HTMLInputElement>('.br-input'), '長三角');
    const current = m!.$$('mark.br-current');
    expect(current.map((e) => e.textContent).join('')).toBe('長三角');
    expect(current.every((e) => e.closest('.br-ruby'))).toBe(true);
    const p = current[0]!.closest('p')!;
    const turnText = transcript.turns[Number(p.getAttribute('data-turn'))]!.text;
    const offset = Number(p.getAttribute('data-offset'));
    expect(turnText.slice(offset, offset + p.textContent!.length)).toBe(p.textContent);
  });

  it('a selection across ruby words gives the characters only, and so does the saved quote', () => {
    m = mount(transcript, {
      settings: { variant: 'original', pinyin: true, pageLang: 'zh-Hant', ruby: 'all' },
      pinyin,
      getSelection: () => document.getSelection(),
    });
    const p = para(3, 0);
    const text = paragraphsOf(transcript.turns[3]!.text)[0]!.text;
    const spans = [...p.querySelectorAll('.br-ruby')];
    const i = spans.findIndex((s) => s.textContent === '側重');
    const first = spans[i - 3]!;
    const last = spans[i]!;
    const start = offsetOf(readParagraph(p), first.firstChild!, 0)!;
    act(() => {
      const range = document.createRange();
      range.setStart(first.firstChild!, 0);
      range.setEnd(last.firstChild!, 2);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    const expected = text.slice(start, text.indexOf('側重') + 2);
    expect(readSelection(document.getSelection(), m.$('.br-reader'))?.text).toBe(expected);
    click(m.$('.br-save-quote'));
    expect(m.actions.onSaveQuote).toHaveBeenCalledWith({ text: expected, turnIndex: 3, block: 0 });
  });

  it('toolbar toggle asks the host for the whole-transcript mode', () => {
    open('off');
    const toggle = m!.$('.br-ruby-all')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(m!.$$('.br-ruby')).toHaveLength(0);
    click(toggle);
    expect(m!.actions.onRuby).toHaveBeenCalledWith('all');
    m!.rerender({ settings: { variant: 'original', pinyin: true, ruby: 'all' } });
    expect(m!.$('.br-ruby-all')?.getAttribute('aria-pressed')).toBe('true');
    expect(m!.$$('.br-section').every((s) => s.querySelector('.br-ruby'))).toBe(true);
    click(m!.$('.br-ruby-all'));
    expect(m!.actions.onRuby).toHaveBeenLastCalledWith('off');
  });

  it('section toggles switch one section, and the toolbar mode resets them', () => {
    open('off');
    const section = () => m!.$('#br-q-2')!;
    click(section().querySelector('.br-ruby-toggle'));
    expect(section().querySelector('.br-ruby-toggle')?.getAttribute('aria-pressed')).toBe('true');
    expect(
      m!
        .$$('.br-section')
        .filter((s) => s.querySelector('.br-ruby'))
        .map((s) => s.id),
    ).toEqual(['br-q-2']);
    m!.rerender({ settings: { variant: 'original', pinyin: true, ruby: 'all' } });
    click(section().querySelector('.br-ruby-toggle'));
    expect(section().querySelector('.br-ruby')).toBeNull();
    expect(m!.$('#br-q-3 .br-ruby')).not.toBeNull();
    m!.rerender({ settings: { variant: 'original', pinyin: true, ruby: 'off' } });
    expect(m!.$$('.br-ruby')).toHaveLength(0);
  });

  it('has no ruby and no toggles without the pinyin engine', () => {
    open('all', transcript, null);
    expect(m!.$$('.br-ruby, .br-ruby-toggle, .br-ruby-all')).toHaveLength(0);
  });

  it('renders hostile page text as text in ruby mode', () => {
    const IMG = '<img src=x onerror=alert(1)>';
    const turns: Turn[] = [
      {
        kind: 'answer',
        label: '發言人',
        speaker: '發言人',
        role: null,
        outlet: null,
        text: `銀行行長${IMG}重慶<b onclick="x()">市</b>`,
        blocks: [0],
        section: 0,
      },
    ];
    open('all', {
      press: true,
      score: 1,
      reasons: [],
      title: 't',
      date: null,
      turns,
      sections: buildSections(turns),
      blocks: [],
    });
    expect(m!.$$('img, b, [onerror], [onclick]')).toHaveLength(0);
    const p = para(0, 0);
    expect(p.textContent).toBe(turns[0]!.text);
    expect([...p.querySelectorAll('.br-ruby')].map((s) => [s.textContent, s.getAttribute('data-py')])).toContainEqual([
      '重慶',
      'chóng qìng',
    ]);
    expect(pyOf(p, '銀行')).toBe('yín háng');
    expect(pyOf(p, '行長')).toBe('háng zhǎng');
  });
});
