// The reader's pure helpers, on the seed page's turns.
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../../components/reader/find';
import { sectionMatches } from '../../../../components/reader/filter';
import { commandForKey, isTypingTarget } from '../../../../components/reader/keyboard';
import { collectPeople, markOf, PALETTE_SIZE } from '../../../../components/reader/people';
import { sectionId, sectionIds, sectionIndexFromHash } from '../../../../components/reader/sectionIds';
import { excerpt, paragraphsOf, segmentsOf } from '../../../../components/reader/text';
import type { Section } from '../../../../lib/transcript/types';
import { transcriptFrom } from './sample';

const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');

describe('paragraphsOf / excerpt', () => {
  it.each(transcript.turns.map((t, i) => [i, t.text] as const))(
    'turn %i paragraphs slice back out of the text',
    (_i, text) => {
      const ps = paragraphsOf(text);
      expect(ps.map((p) => p.text)).toEqual(text.split('\n').filter((l) => l.trim() !== ''));
      for (const p of ps) expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    },
  );

  it.each([
    ['有一個問題想問張總工程師,閔行區作為一個老工業基地', 10, '有一個問題想問張總工…'],
    ['謝謝。', 10, '謝謝。'],
    ['𠮷野家\n  的  牛丼', 3, '𠮷野家…'],
  ])('excerpt(%s, %i) = %s', (text, max, out) => {
    expect(excerpt(text, max)).toBe(out);
  });
});

describe('segmentsOf', () => {
  const para = { text: '目前,全市高校中已有18所高校成立了相關機構', offset: 100 };
  it.each([
    [[], [['目前,全市高校中已有18所高校成立了相關機構', null]]],
    [
      [{ start: 110, end: 115, kind: 'match' as const }],
      [
        ['目前,全市高校中已有', null],
        ['18所高校', 'match'],
        ['成立了相關機構', null],
      ],
    ],
    [
      [
        { start: 110, end: 115, kind: 'focus' as const },
        { start: 112, end: 115, kind: 'current' as const },
      ],
      [
        ['目前,全市高校中已有', null],
        ['18', 'focus'],
        ['所高校', 'current'],
        ['成立了相關機構', null],
      ],
    ],
    [
      [{ start: 50, end: 102, kind: 'match' as const }],
      [
        ['目前', 'match'],
        [',全市高校中已有18所高校成立了相關機構', null],
      ],
    ],
    [[{ start: 300, end: 310, kind: 'match' as const }], [['目前,全市高校中已有18所高校成立了相關機構', null]]],
  ])('%j', (ranges, out) => {
    expect(segmentsOf(para, ranges).map((s) => [s.text, s.kind])).toEqual(out);
  });
});

describe('findMatches', () => {
  it.each(['長三角', '軍民融合', '閔行', '18所'])('finds each "%s" at its offsets', (q) => {
    const matches = findMatches(transcript.turns, q);
    for (const m of matches) expect(transcript.turns[m.turn]!.text.slice(m.start, m.end)).toBe(q);
    const expectedCount = transcript.turns.reduce((n, t) => n + t.text.split(q).length - 1, 0);
    expect(matches.length).toBe(expectedCount);
  });

  it('is case-insensitive for Latin text and ignores an empty query', () => {
    const turns = [{ ...transcript.turns[0]!, text: 'China 5G and 5g' }];
    expect(findMatches(turns, '5G').map((m) => m.start)).toEqual([6, 13]);
    expect(findMatches(turns, '   ')).toEqual([]);
  });

  it('honours the include predicate', () => {
    expect(findMatches(transcript.turns, '長三角', (ti) => ti === 3).every((m) => m.turn === 3)).toBe(true);
  });
});

describe('people', () => {
  const people = collectPeople(transcript.turns);
  it('lists speakers in order of first appearance with distinct colours', () => {
    expect(people.speakers.map((s) => s.name)).toEqual(['張英', '張全', '蔣紅', '倪耀明', '吳斌', '徐威']);
    expect(people.speakers.map((s) => s.colour)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(people.outlets.map((o) => o.name)).toHaveLength(7);
  });

  it('reuses palette slots past the palette size', () => {
    const many = Array.from({ length: PALETTE_SIZE + 2 }, (_, i) => ({
      ...transcript.turns[1]!,
      speaker: `發言人${i}`,
    }));
    expect(
      collectPeople(many)
        .speakers.map((s) => s.colour)
        .slice(PALETTE_SIZE),
    ).toEqual([0, 1]);
  });

  it('takes a role from a later turn when the first omits it', () => {
    const turns = [{ ...transcript.turns[11]!, role: null }, { ...transcript.turns[9]! }];
    expect(collectPeople(turns).speakers[0]?.role).toBe('閔行區副區長');
  });

  it.each([
    ['張英', '張'],
    ['𠮷田', '𠮷'],
    ['  ', '?'],
  ])('markOf(%s) = %s', (name, mark) => {
    expect(markOf(name)).toBe(mark);
  });
});

describe('section ids', () => {
  it('names questions by number and keeps ids unique', () => {
    const sections: Section[] = [
      { kind: 'opening', turns: [0] },
      { kind: 'exchange', turns: [1], number: 1 },
      { kind: 'exchange', turns: [2], number: 1 },
      { kind: 'closing', turns: [3] },
    ];
    expect(sectionIds(sections)).toEqual(['br-opening', 'br-q-1', 'br-s-2', 'br-closing']);
    expect(sectionId(sections, 3)).toBe('br-closing');
  });

  it.each([
    ['#br-q-3', 2],
    ['br-closing', 7],
    ['#br-q-99', null],
    ['', null],
  ])('sectionIndexFromHash(%s) = %s', (hash, index) => {
    expect(sectionIndexFromHash(transcript.sections, hash)).toBe(index);
  });

  it('filters sections by speaker and outlet', () => {
    const bySpeaker = transcript.sections.map((s) => sectionMatches(s, transcript.turns, 'speaker:張全'));
    expect(bySpeaker).toEqual([false, true, false, false, false, false, false, false]);
    const byOutlet = transcript.sections.map((s) => sectionMatches(s, transcript.turns, 'outlet:新民晚報'));
    expect(byOutlet).toEqual([false, false, false, false, false, true, false, false]);
  });
});

describe('commandForKey', () => {
  const div = document.createElement('div');
  const button = document.createElement('button');
  const input = document.createElement('input');
  const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
  const textarea = document.createElement('textarea');
  const editable = document.createElement('div');
  editable.contentEditable = 'true';
  document.body.append(editable);

  it.each([
    ['j', div, false, 'next'],
    ['k', div, false, 'previous'],
    ['o', div, false, 'toggle'],
    ['Enter', div, false, 'toggle'],
    ['Enter', button, false, null],
    ['e', div, false, 'expandAll'],
    ['c', div, false, 'collapseAll'],
    ['/', div, false, 'find'],
    ['?', div, false, 'help'],
    ['s', div, false, 'saveQuote'],
    ['Escape', div, false, null],
    ['Escape', div, true, 'closeHelp'],
    ['j', div, true, null],
    ['j', input, false, null],
    ['j', textarea, false, null],
    ['j', editable, false, null],
    ['j', checkbox, false, 'next'],
    ['x', div, false, null],
  ] as const)('%s on %s (help %s) -> %s', (key, target, help, command) => {
    expect(commandForKey({ key }, target, help)).toBe(command);
  });

  it('never fires with a modifier held', () => {
    expect(commandForKey({ key: 'j', ctrlKey: true }, div, false)).toBeNull();
    expect(commandForKey({ key: 'c', metaKey: true }, div, false)).toBeNull();
  });

  it('treats only editable things as typing targets', () => {
    expect([input, textarea, editable, button, div, null].map(isTypingTarget)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
