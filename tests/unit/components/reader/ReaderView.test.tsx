// The reader view rendered from the seed page's transcript (real text, expected labels): what it shows, and
// how collapse/expand, filter, find, keyboard, links, toolbar actions and save-quote behave.
import { afterEach, describe, expect, it } from 'vitest';
import { sectionIds } from '../../../../components/reader/sectionIds';
import { zhTW } from '../../../../components/reader/strings';
import { choose, click, mount, press, typeInto } from './harness';
import { mofcomOpening, transcriptFrom } from './sample';

const SEED = 'seed-shanghai-20180612-tc';
const { transcript, expected } = transcriptFrom(SEED);

let mounted: ReturnType<typeof mount> | null = null;
const open = (...args: Parameters<typeof mount>) => (mounted = mount(...args));
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const toggles = (m: ReturnType<typeof mount>) => m.$$<HTMLButtonElement>('.br-section-toggle');
const expandedStates = (m: ReturnType<typeof mount>) => toggles(m).map((b) => b.getAttribute('aria-expanded'));
const visibleSections = (m: ReturnType<typeof mount>) =>
  m
    .$$('.br-section')
    .filter((s) => !s.hasAttribute('hidden'))
    .map((s) => s.id);

describe('header', () => {
  it('shows title, date, source host and the number of questions', () => {
    const m = open(transcript);
    expect(m.$('.br-title')?.textContent).toBe(expected.title);
    expect(m.$('time')?.getAttribute('datetime')).toBe('2018-06-12');
    expect(m.$('.br-host')?.textContent).toContain('big5.eastday.com');
    const questions = expected.turns.filter((t) => t.kind === 'question').length;
    expect(m.$('.br-count')?.textContent).toBe(`${questions} questions`);
  });

  const speakers = [...new Map(expected.turns.filter((t) => t.kind !== 'question').map((t) => [t.speaker, t.role]))];
  it.each(speakers)('lists speaker %s with role %s', (name, role) => {
    const m = open(transcript);
    const item = m.$$('.br-speakers li').find((li) => li.querySelector('.br-who')?.textContent === name);
    expect(item).toBeDefined();
    expect(item?.querySelector('.br-role')?.textContent).toBe(role);
  });

  it('lists every outlet that asked, once, in order', () => {
    const m = open(transcript);
    const outlets = expected.turns.filter((t) => t.kind === 'question').map((t) => t.outlet);
    expect(m.$$('.br-outlets li').map((li) => li.textContent)).toEqual([...new Set(outlets)]);
  });
});

describe('sections and turns', () => {
  it('has one section per question plus the closing remarks, with stable ids', () => {
    const m = open(transcript);
    expect(m.$$('.br-section').map((s) => s.id)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `br-q-${n}`),
      'br-closing',
    ]);
    expect(m.$('#br-closing .br-section-title')?.textContent).toBe('Closing remarks');
  });

  it.each(expected.turns.map((t, i) => [i, t.kind, t.label, t] as const))(
    'turn %i (%s %s) shows who spoke and starts with the expected words',
    (i, kind, _label, e) => {
      const m = open(transcript);
      const turn = m.$(`.br-turn[data-turn="${i}"]`);
      expect(turn?.classList.contains(`br-turn--${kind}`)).toBe(true);
      const who = turn?.querySelector('.br-who')?.textContent;
      if (kind === 'question') {
        expect(who).toBe(e.outlet);
        // The section heading names the outlet above the question.
        const section = turn?.closest('.br-section');
        expect(section?.querySelector('.br-section-title')?.textContent).toBe(e.outlet);
      } else {
        expect(who).toBe(e.speaker);
        expect(turn?.querySelector('.br-role')?.textContent).toBe(e.role);
      }
      expect(turn?.querySelector('p')?.textContent?.startsWith(e.starts)).toBe(true);
    },
  );

  it('gives a speaker the same colour everywhere and different speakers different colours', () => {
    const m = open(transcript);
    const colourOf = (el: Element) => [...el.classList].find((c) => /^br-c\d$/.test(c));
    const bySpeaker = new Map<string, Set<string | undefined>>();
    for (const el of m.$$('.br-turn--answer, .br-turn--host')) {
      const name = el.querySelector('.br-who')?.textContent ?? '';
      const set = bySpeaker.get(name) ?? new Set();
      set.add(colourOf(el));
      bySpeaker.set(name, set);
    }
    expect([...bySpeaker.values()].every((s) => s.size === 1)).toBe(true);
    const colours = [...bySpeaker.values()].map((s) => [...s][0]);
    expect(new Set(colours).size).toBe(bySpeaker.size);
    // Header entry and turns agree.
    const wu = m.$$('.br-speakers li').find((li) => li.textContent?.includes('吳斌'));
    expect(colourOf(wu!)).toBe([...bySpeaker.get('吳斌')!][0]);
  });

  it('renders each turn as paragraphs with data-turn, data-block and data-offset matching the turn text', () => {
    const m = open(transcript);
    transcript.turns.forEach((turn, i) => {
      const ps = m.$$(`p[data-turn="${i}"]`);
      expect(ps.length).toBe(turn.text.split('\n').length);
      ps.forEach((p, k) => {
        expect(p.getAttribute('data-block')).toBe(String(k));
        const offset = Number(p.getAttribute('data-offset'));
        expect(turn.text.slice(offset, offset + p.textContent!.length)).toBe(p.textContent);
      });
    });
  });

  it('shows an opening section when the host speaks before the first question', () => {
    const m = open(mofcomOpening());
    expect(m.$$('.br-section').map((s) => s.id)).toEqual(['br-opening', 'br-q-1']);
    expect(m.$('#br-opening .br-section-title')?.textContent).toBe('Opening remarks');
    expect(m.$('#br-opening .br-tag')?.textContent).toBe('Host');
    expect(m.$('#br-q-1 .br-section-title')?.textContent).toBe('中国国际电视台记者');
    // The same person hosting and answering keeps one colour.
    const classes = m.$$('.br-turn--host, .br-turn--answer').map((el) => el.className.match(/br-c\d/)?.[0]);
    expect(new Set(classes).size).toBe(1);
  });
});

describe('collapse and expand', () => {
  it('toggles one section with its button (aria-expanded and hidden body)', () => {
    const m = open(transcript);
    const button = toggles(m)[2]!;
    const body = m.$(`#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(body?.hasAttribute('hidden')).toBe(false);
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body?.hasAttribute('hidden')).toBe(true);
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('collapses and expands all from the toolbar', () => {
    const m = open(transcript);
    const buttons = m.$$('.br-toolbar button');
    click(buttons.find((b) => b.textContent === 'Collapse all')!);
    expect(expandedStates(m).every((s) => s === 'false')).toBe(true);
    expect(m.$$('.br-section-body').every((b) => b.hasAttribute('hidden'))).toBe(true);
    click(buttons.find((b) => b.textContent === 'Expand all')!);
    expect(expandedStates(m).every((s) => s === 'true')).toBe(true);
  });

  it('starts collapsed when asked and shows each question excerpt in the heading', () => {
    const m = open(transcript, { settings: { variant: 'original', pinyin: false, startCollapsed: true } });
    expect(expandedStates(m).every((s) => s === 'false')).toBe(true);
    expect(m.$('#br-q-3 .br-section-excerpt')?.textContent?.startsWith('有兩個問題想請問')).toBe(true);
  });

  it('keeps the open/closed state when the transcript is replaced by a converted copy', () => {
    const m = open(transcript);
    click(toggles(m)[1]!);
    const converted = { ...transcript, turns: transcript.turns.map((t) => ({ ...t, text: t.text + '。' })) };
    m.rerender({ transcript: converted });
    expect(expandedStates(m)[1]).toBe('false');
    expect(expandedStates(m)[0]).toBe('true');
  });
});

describe('filter', () => {
  it.each([
    ['speaker:吳斌', ['br-q-5', 'br-q-6']],
    ['speaker:倪耀明', ['br-q-4', 'br-q-7']],
    ['speaker:徐威', ['br-closing']],
    ['outlet:海峽之聲', ['br-q-7']],
    ['outlet:上海日報', ['br-q-1']],
    ['', sectionIds(transcript.sections)],
  ])('filter %s shows %j', (value, ids) => {
    const m = open(transcript);
    choose(m.$<HTMLSelectElement>('.br-select'), value);
    expect(visibleSections(m)).toEqual(ids);
    const outline = m.$$('.br-outline a').map((a) => a.getAttribute('href')!.slice(1));
    expect(outline).toEqual(ids.filter((id) => id.startsWith('br-q-')));
    if (value) expect(m.$('.br-filter-status')?.textContent).toBe(`${ids.length} of 8 sections`);
  });

  it('offers every speaker and outlet as an option', () => {
    const m = open(transcript);
    const values = m.$$<HTMLOptionElement>('.br-select option').map((o) => o.value);
    for (const t of expected.turns) {
      expect(values).toContain(t.kind === 'question' ? `outlet:${t.outlet}` : `speaker:${t.speaker}`);
    }
  });
});

describe('find', () => {
  const countIn = (q: string) =>
    transcript.turns.reduce((n, t) => n + t.text.split('\n').reduce((k, p) => k + p.split(q).length - 1, 0), 0);

  it.each(['長三角', '軍民融合', '死亡谷', '示範區'])('highlights every "%s" and steps with Enter', (q) => {
    const m = open(transcript);
    const input = m.$<HTMLInputElement>('#br-find-input')!;
    typeInto(input, q);
    const total = countIn(q);
    expect(total).toBeGreaterThan(0);
    expect(m.$$('mark').length).toBe(total);
    expect(m.$$('mark').every((mk) => mk.textContent === q)).toBe(true);
    expect(m.$('.br-find-status')?.textContent).toBe(`1 of ${total}`);
    press('Enter', input);
    expect(m.$('.br-find-status')?.textContent).toBe(`${Math.min(2, total)} of ${total}`);
    press('Enter', input, { shiftKey: true });
    press('Enter', input, { shiftKey: true });
    expect(m.$('.br-find-status')?.textContent).toBe(`${total} of ${total}`);
    expect(m.$$('mark.br-current').length).toBe(1);
  });

  it('reports no matches and opens the section of the current match', () => {
    const m = open(transcript, { settings: { variant: 'original', pinyin: false, startCollapsed: true } });
    const input = m.$<HTMLInputElement>('#br-find-input')!;
    typeInto(input, '不存在的詞');
    expect(m.$('.br-find-status')?.textContent).toBe('No matches');
    typeInto(input, '旺旺');
    expect(m.$('mark.br-current')?.closest('.br-section')?.id).toBe('br-q-7');
    expect(m.$('#br-q-7 .br-section-toggle')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('counts only matches in sections the filter shows', () => {
    const m = open(transcript);
    choose(m.$<HTMLSelectElement>('.br-select'), 'outlet:解放日報');
    typeInto(m.$<HTMLInputElement>('#br-find-input'), '長三角');
    const inSection2 = [2, 3].reduce((n, i) => n + transcript.turns[i]!.text.split('長三角').length - 1, 0);
    expect(m.$('.br-find-status')?.textContent).toBe(`1 of ${inSection2}`);
  });
});

describe('keyboard', () => {
  it('j / k move between sections and focus their heading button', () => {
    const m = open(transcript);
    press('j');
    const root = m.container.getRootNode() as Document;
    expect(root.activeElement).toBe(toggles(m)[0]);
    press('j');
    press('j');
    expect(root.activeElement).toBe(toggles(m)[2]);
    press('k');
    expect(root.activeElement).toBe(toggles(m)[1]);
    expect(m.actions.onSection).toHaveBeenLastCalledWith('br-q-2');
  });

  it('o toggles the current section; e and c expand and collapse all', () => {
    const m = open(transcript);
    press('j');
    press('o');
    expect(expandedStates(m)[0]).toBe('false');
    press('o');
    expect(expandedStates(m)[0]).toBe('true');
    press('c');
    expect(expandedStates(m).every((s) => s === 'false')).toBe(true);
    press('e');
    expect(expandedStates(m).every((s) => s === 'true')).toBe(true);
  });

  it('Enter toggles the current section when focus is not on a control', () => {
    const m = open(transcript);
    press('j');
    press('j');
    (document.activeElement as HTMLElement | null)?.blur();
    press('Enter', m.$('.br-content')!);
    expect(expandedStates(m)[1]).toBe('false');
  });

  it('/ focuses find, ? opens help and Esc closes it', () => {
    const m = open(transcript);
    press('/');
    expect((m.container.getRootNode() as Document).activeElement).toBe(m.$('#br-find-input'));
    press('?', m.$('.br-content')!);
    const dialog = m.$('[role="dialog"]');
    expect(dialog).not.toBeNull();
    expect(dialog?.textContent).toContain('Next section');
    expect(m.$$('.br-help kbd').map((k) => k.textContent)).toEqual(
      expect.arrayContaining(['j', 'k', 'o', 'e', 'c', '/', '?', 'Esc']),
    );
    press('Escape');
    expect(m.$('[role="dialog"]')).toBeNull();
  });

  it.each([
    ['e', {}],
    ['c', {}],
    ['j', {}],
    ['?', {}],
  ])('does not take "%s" while typing in the find box', (key) => {
    const m = open(transcript);
    const input = m.$<HTMLInputElement>('#br-find-input')!;
    input.focus();
    press(key, input);
    expect(expandedStates(m).every((s) => s === 'true')).toBe(true);
    expect(m.$('[role="dialog"]')).toBeNull();
  });

  it('takes no keys while hidden behind the original page, and keeps its state', () => {
    const m = open(transcript);
    click(toggles(m)[3]!);
    m.rerender({ hidden: true });
    expect(m.$('.br-reader')?.hasAttribute('hidden')).toBe(true);
    const event = press('c');
    expect(event.defaultPrevented).toBe(false);
    m.rerender({ hidden: false });
    expect(expandedStates(m)).toEqual(['true', 'true', 'true', 'false', 'true', 'true', 'true', 'true']);
  });

  it.each([['ctrlKey'], ['metaKey'], ['altKey']])('ignores keys with %s held', (mod) => {
    const m = open(transcript);
    const event = press('c', document, { [mod]: true });
    expect(event.defaultPrevented).toBe(false);
    expect(expandedStates(m).every((s) => s === 'true')).toBe(true);
  });
});

describe('links and outline', () => {
  it('outline lists each question with outlet and first words, and opens its section', () => {
    const m = open(transcript, { settings: { variant: 'original', pinyin: false, startCollapsed: true } });
    const links = m.$$('.br-outline a');
    const questions = expected.turns.filter((t) => t.kind === 'question');
    expect(links.map((a) => a.querySelector('.br-outline-outlet')?.textContent)).toEqual(
      questions.map((q) => q.outlet),
    );
    links.forEach((a, i) => {
      expect(a.getAttribute('href')).toBe(`#br-q-${i + 1}`);
      expect(a.querySelector('.br-outline-excerpt')?.textContent?.startsWith(questions[i]!.starts)).toBe(true);
    });
    click(links[4]!);
    expect(m.actions.onSection).toHaveBeenLastCalledWith('br-q-5');
    expect(m.$('#br-q-5 .br-section-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect((m.container.getRootNode() as Document).activeElement).toBe(m.$('#br-q-5 .br-section-toggle'));
  });

  it('opens the section named by the URL hash on first render', () => {
    const m = open(transcript, {
      settings: { variant: 'original', pinyin: false, startCollapsed: true, initialSection: 'br-q-6' },
    });
    expect(expandedStates(m)).toEqual(['false', 'false', 'false', 'false', 'false', 'true', 'false', 'false']);
  });

  it('section link reports its id', () => {
    const m = open(transcript);
    click(m.$('#br-closing .br-section-link'));
    expect(m.actions.onSection).toHaveBeenLastCalledWith('br-closing');
  });
});

describe('toolbar actions', () => {
  it.each([
    ['简体', 'hans'],
    ['繁體 (台灣)', 'tw'],
    ['繁體 (香港)', 'hk'],
    ['Original', 'original'],
  ])('script button %s calls onScript(%s)', (label, variant) => {
    const m = open(transcript);
    click(m.$$('.br-segment').find((b) => b.textContent === label)!);
    expect(m.actions.onScript).toHaveBeenCalledWith(variant);
  });

  it('marks the current variant, pinyin and figures state as pressed and calls the actions', () => {
    const m = open(transcript, { settings: { variant: 'tw', pinyin: true, figuresOpen: true } });
    expect(m.$$('.br-segment[aria-pressed="true"]').map((b) => b.textContent)).toEqual(['繁體 (台灣)']);
    expect(m.$('.br-content')?.getAttribute('lang')).toBe('zh-Hant-TW');
    const button = (text: string) => m.$$('.br-toolbar button').find((b) => b.textContent === text)!;
    expect(button('Pinyin').getAttribute('aria-pressed')).toBe('true');
    click(button('Pinyin'));
    expect(m.actions.onPinyin).toHaveBeenCalledWith(false);
    click(button('Figures'));
    expect(m.actions.onFigures).toHaveBeenCalledTimes(1);
    click(button('Original page'));
    expect(m.actions.onClose).toHaveBeenCalledTimes(1);
  });

  it('uses the strings it is given', () => {
    const m = open(transcript, { strings: zhTW });
    expect(m.$('.br-count')?.textContent).toBe('7 個問題');
    expect(m.$('#br-q-3 .br-qnum')?.textContent).toBe('問3');
    expect(m.$$('.br-toolbar button').map((b) => b.textContent)).toContain('原網頁');
  });
});

describe('save quote', () => {
  const selectIn = (m: ReturnType<typeof mount>, turn: number, block: number, from: number, to: number) => {
    const p = m.$(`p[data-turn="${turn}"][data-block="${block}"]`)!;
    const text = p.firstChild!;
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, to);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    return text.textContent!.slice(from, to);
  };

  it('shows a button next to a selection in a turn and saves the text with its turn', async () => {
    const m = open(transcript, { getSelection: () => document.getSelection() });
    const { act } = await import('preact/test-utils');
    let text = '';
    act(() => {
      text = selectIn(m, 9, 3, 0, 12);
    });
    const button = m.$('.br-save-quote');
    expect(button?.textContent).toBe('Save quote');
    click(button);
    expect(m.actions.onSaveQuote).toHaveBeenCalledWith({ text, turnIndex: 9, block: 3 });
    expect(text).toBe('同時,我們也成立了國家級');
    expect(m.$('.br-save-quote')).toBeNull();
  });

  it('saves with the s key and ignores selections outside turns', async () => {
    const m = open(transcript, { getSelection: () => document.getSelection() });
    const { act } = await import('preact/test-utils');
    act(() => {
      const title = m.$('.br-title')!.firstChild!;
      const range = document.createRange();
      range.setStart(title, 0);
      range.setEnd(title, 5);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(m.$('.br-save-quote')).toBeNull();
    act(() => {
      selectIn(m, 1, 0, 0, 6);
    });
    press('s', m.$('.br-content')!);
    expect(m.actions.onSaveQuote).toHaveBeenCalledWith({ text: '首先非常感謝', turnIndex: 1, block: 0 });
  });
});

describe('focus range (figure jump)', () => {
  it('marks the passage and opens its section', () => {
    const turn = 5;
    const start = transcript.turns[turn]!.text.indexOf('18所高校');
    const m = open(transcript, { settings: { variant: 'original', pinyin: false, startCollapsed: true } });
    m.rerender({
      settings: { variant: 'original', pinyin: false, startCollapsed: true },
      focusRange: { turn, start, end: start + 5 },
    });
    expect(m.$('mark.br-focus')?.textContent).toBe('18所高校');
    expect(m.$('#br-q-3 .br-section-toggle')?.getAttribute('aria-expanded')).toBe('true');
  });
});
