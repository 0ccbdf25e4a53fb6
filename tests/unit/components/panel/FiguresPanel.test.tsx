import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { zhTW } from '../../../../components/panel/strings';
import { CSV_MIME, figuresFromCsv } from '../../../../lib/export/csv';
import { MARKDOWN_MIME } from '../../../../lib/export/markdown';
import { exportedFigure } from '../../../../lib/export/table';
import type { FigureList, FigureRow } from '../../../../platform/messaging';
import { getConverter } from '../../../../lib/script/converters';
import { fullRows, seedList, seedRows } from '../../export/seed-figures';
import { chip, choose, click, figureButton, key, mount, shownFigures, typeInto, type Mounted } from './render';

const rows = fullRows();
const list = seedList(rows);
let mounted: Mounted | null = null;
const open = (patch: Parameters<typeof mount>[0]) => (mounted = mount(patch));
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? '';
const search = (root: HTMLElement) => root.querySelector<HTMLInputElement>('.brp-search')!;
const speakerSelect = (root: HTMLElement) => root.querySelector<HTMLSelectElement>('.brp-speaker select')!;

describe('the list', () => {
  it('shows the page, the count and every figure but dates, grouped by question and speaker', () => {
    const { root } = open({ list });
    expect(text(root, '.brp-title')).toBe('2018年6月12日市政府新聞發佈會問答實錄');
    expect(text(root, 'time')).toBe('2018-06-12');
    expect(text(root, '.brp-count')).toBe(`Showing ${rows.length - 1} of ${rows.length}`);
    expect(shownFigures(root)).not.toContain('2017年');
    expect([...root.querySelectorAll('.brp-group-title')].map((e) => e.textContent)).toEqual([
      'Opening remarks',
      'Q2解放日報',
      'Q3上海電視臺',
      'Q4上海證券報',
      'Q5上海人民廣播電臺',
      'Q6新民晚報',
      'Q7海峽之聲',
    ]);
    const q4 = root.querySelector('[data-question="4"]')!;
    expect(text(q4 as HTMLElement, '.brp-who')).toBe('倪耀明閔行區區長');
    expect(shownFigures(q4 as HTMLElement)).toEqual(['16年', '第14名']);
  });

  it.each([
    ['159億', '15.9 billion yuan', 'amount元', '159億'],
    ['近30%', '30%', '≈percentage', '近30%'],
    ['第14名', 'No. 14', 'rank名', '第14名'],
    ['3.1个百分点', '3.1 percentage points', 'points', '3.1个百分点'],
  ])('renders %s with its readable value, kind, unit and highlighted sentence', (figure, readable, meta, marked) => {
    const { root } = open({ list });
    const item = figureButton(root, figure);
    expect(text(item, '.brp-fig-value')).toBe(readable);
    expect(text(item, '.brp-fig-meta')).toBe(meta);
    expect(text(item, 'mark')).toBe(marked);
    const row = rows.find((r) => r.text === figure)!;
    expect(row.sentence).toContain(text(item, '.brp-fig-sentence').replace(/…/g, ''));
  });

  it('uses the translated strings and the locale it is given', () => {
    const seen: string[] = [];
    const { root } = open({
      list,
      strings: zhTW,
      locale: 'zh_TW',
      formatValue: (fig, locale) => {
        seen.push(locale);
        return String(fig.value);
      },
    });
    expect(text(root, '.brp-count')).toBe(`顯示 ${rows.length - 1} / ${rows.length} 個`);
    expect(text(root, '.brp-group-title')).toBe('開場發言');
    expect(new Set(seen)).toEqual(new Set(['zh_TW']));
  });

  it('survives a formatter that throws', () => {
    const { root } = open({
      list,
      formatValue: (fig) => {
        if (fig.kind === 'amount') throw new Error('bad');
        return 'ok';
      },
    });
    expect(text(figureButton(root, '159億'), '.brp-fig-value')).toBe('');
    expect(text(figureButton(root, '第14名'), '.brp-fig-value')).toBe('ok');
  });

  it('replaces the list when another tab sends its figures, dropping a speaker that is not there', () => {
    const m = open({ list });
    choose(speakerSelect(m.root), '蔣紅');
    expect(shownFigures(m.root)).toEqual(['18所高校', '159億', '45億', '近30%', '300多個', '16個字']);
    const other: FigureList = { ...seedList(seedRows().filter((r) => r.speaker === '倪耀明')), title: 'Other' };
    m.update({ list: other });
    expect(text(m.root, '.brp-title')).toBe('Other');
    expect(shownFigures(m.root)).toEqual(['16年', '第14名', '55條', '三個方面']);
    expect(speakerSelect(m.root).value).toBe('');
  });
});

describe('filters and search', () => {
  it('turns dates on and amounts off with the chips', () => {
    const { root } = open({ list });
    expect(chip(root, 'date').getAttribute('aria-pressed')).toBe('false');
    click(chip(root, 'date'));
    expect(shownFigures(root)).toContain('2017年');
    expect(text(root, '.brp-count')).toBe(`Showing ${rows.length} of ${rows.length}`);
    click(chip(root, 'amount'));
    expect(chip(root, 'amount').getAttribute('aria-pressed')).toBe('false');
    expect(shownFigures(root).filter((f) => /億/.test(f))).toEqual([]);
  });

  it('starts from the kinds it is given', () => {
    const { root } = open({ list, initialKinds: ['rank', 'date'] });
    expect(shownFigures(root)).toEqual(['2017年', '第14名']);
  });

  it('filters by speaker', () => {
    const { root } = open({ list });
    const select = speakerSelect(root);
    expect([...select.options].map((o) => o.value)).toEqual(['', '毛盛勇', '張全', '蔣紅', '倪耀明', '吳斌']);
    choose(select, '倪耀明');
    expect(shownFigures(root)).toEqual(['16年', '第14名', '55條', '三個方面']);
    expect(text(root, '.brp-count')).toBe(`Showing 4 of ${rows.length}`);
  });

  const toSimplified = getConverter('tw', 'cn');
  it.each([
    ['上海證券報', undefined, ['16年', '第14名']],
    ['billion', undefined, ['159億', '45億', '100個億']],
    ['倪耀明 55', undefined, ['55條']],
    ['亿 高校', undefined, []],
    // 近30% sits in the same sentence as 159億 and 45億.
    ['亿 高校', toSimplified, ['159億', '45億', '近30%']],
    ['上海证券报', toSimplified, ['16年', '第14名']],
    ['zzz', undefined, []],
  ])('search %j (normalised: %s)', (query, normalize, expected) => {
    const { root } = open({ list, normalize });
    typeInto(search(root), query);
    expect(shownFigures(root)).toEqual(expected);
    if (expected.length === 0) expect(text(root, '.brp-message')).toBe('No figures match the filters.');
  });
});

describe('actions', () => {
  it.each([
    ['a click', (el: HTMLElement) => click(el)],
    ['Enter', (el: HTMLElement) => key(el, 'Enter')],
    ['Space', (el: HTMLElement) => key(el, ' ')],
  ])('reveals a figure on %s', (_how, act) => {
    const { root, actions } = open({ list });
    act(figureButton(root, '第14名'));
    expect(actions.onReveal).toHaveBeenCalledWith(rows.find((r) => r.text === '第14名')!.id);
    expect(actions.onReveal).toHaveBeenCalledTimes(1);
  });

  it('makes every figure focusable and walks them with the arrow keys', () => {
    const { root, actions } = open({ list });
    const items = [...root.querySelectorAll<HTMLElement>('.brp-fig-main')];
    expect(items.every((e) => e.getAttribute('role') === 'button' && e.tabIndex === 0)).toBe(true);
    items[0]!.focus();
    key(items[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    key(items[1]!, 'End');
    expect(document.activeElement).toBe(items.at(-1));
    key(items.at(-1)!, 'ArrowDown');
    expect(document.activeElement).toBe(items.at(-1));
    key(items.at(-1)!, 'Home');
    expect(document.activeElement).toBe(items[0]);
    expect(actions.onReveal).not.toHaveBeenCalled();
  });

  it('copies a figure with its citation and says so', async () => {
    const { root, actions } = open({ list });
    click(figureButton(root, '159億').parentElement!.querySelector('.brp-copy')!);
    await settle();
    expect(actions.onCopy).toHaveBeenCalledWith(
      `159億 (15.9 billion yuan) — 蔣紅, 市教委巡視員, answering 上海電視臺; 2018年6月12日市政府新聞發佈會問答實錄, 2018-06-12, ${list.url}`,
    );
    expect(actions.onReveal).not.toHaveBeenCalled();
    expect(text(root, '.brp-notice')).toBe('Copied: 159億');
  });

  it('says when copying failed', async () => {
    const { root, actions } = open({ list });
    actions.onCopy.mockRejectedValue(new Error('denied'));
    click(figureButton(root, '第14名').parentElement!.querySelector('.brp-copy')!);
    await settle();
    expect(text(root, '.brp-notice')).toBe('Could not copy.');
  });

  it('exports what is shown as CSV that reads back to the same rows', () => {
    const { root, actions } = open({ list });
    choose(speakerSelect(root), '吳斌');
    click(root.querySelector('[data-export="csv"]')!);
    const [filename, mime, content] = actions.onExport.mock.calls[0]!;
    expect(filename).toBe('figures-2018-06-12-2018年6月12日市政府新聞發佈會問答實錄.csv');
    expect(mime).toBe(CSV_MIME);
    expect(content.startsWith('\uFEFF')).toBe(true);
    const expected = rows.filter((r) => r.speaker === '吳斌').map(exportedFigure);
    expect(figuresFromCsv(content)).toEqual(expected);
  });

  it('exports what is shown as a Markdown table', () => {
    const { root, actions } = open({ list });
    typeInto(search(root), '上海證券報');
    click(root.querySelector('[data-export="markdown"]')!);
    const [filename, mime, content] = actions.onExport.mock.calls[0]!;
    expect(filename.endsWith('.md')).toBe(true);
    expect(mime).toBe(MARKDOWN_MIME);
    const lines = content.trimEnd().split('\n');
    expect(lines[0]).toBe('## 2018年6月12日市政府新聞發佈會問答實錄');
    expect(lines.slice(4).map((l) => l.split(' | ')[4])).toEqual(['16年', '第14名']);
  });

  it('cannot export an empty selection', () => {
    const { root } = open({ list });
    typeInto(search(root), 'zzz');
    expect(root.querySelector<HTMLButtonElement>('[data-export="csv"]')!.disabled).toBe(true);
    typeInto(search(root), '');
    click(chip(root, 'amount'));
    click(chip(root, 'percent'));
    click(chip(root, 'points'));
    click(chip(root, 'count'));
    click(chip(root, 'rank'));
    click(chip(root, 'duration'));
    expect(root.querySelector<HTMLButtonElement>('[data-export="csv"]')!.disabled).toBe(true);
  });
});

describe('states', () => {
  const notPress: FigureList = { ...seedList([]), press: false };
  it.each([
    ['loading', { list: null }, 'Reading the figures on this page…'],
    ['an error', { list, error: 'no reader on this tab' }, 'The figures could not be read: no reader on this tab'],
    ['a page that is not a transcript', { list: notPress }, 'This page is not a press-conference transcript.'],
    ['a forced analysis with no figures', { list: notPress, forced: true }, 'No figures were found on this page.'],
    ['a transcript with no figures', { list: seedList([]) }, 'No figures were found on this page.'],
  ] as [string, Parameters<typeof mount>[0], string][])('%s', (_name, props, message) => {
    const { root } = open(props);
    expect(text(root, '.brp-message')).toContain(message);
    expect(root.querySelectorAll('.brp-fig')).toHaveLength(0);
  });

  it('offers to analyse a page that is not a transcript', () => {
    const { root, actions } = open({ list: notPress });
    const button = root.querySelector<HTMLButtonElement>('.brp-message button')!;
    expect(button.textContent).toBe('Analyse anyway');
    click(button);
    expect(actions.onAnalyse).toHaveBeenCalledTimes(1);
  });

  it('lists the figures of a page analysed on request, with a note', () => {
    const { root } = open({ list: { ...list, press: false } });
    expect(text(root, '.brp-note')).toBe('Analysed on request: this page was not recognised as a transcript.');
    expect(shownFigures(root)).toHaveLength(rows.length - 1);
  });
});

describe('untrusted page text', () => {
  const base = seedRows()[4]!;
  const hostile: FigureRow = {
    ...base,
    text: '159億<img src=x onerror="globalThis.pwned=1">',
    speaker: '<img src=x onerror="globalThis.pwned=1">',
    role: '<script>globalThis.pwned=1</script>',
    outlet: '<a href="javascript:alert(1)">上海電視臺</a>',
    sentence: '<b>總經費</b>159億<iframe src="javascript:alert(1)"></iframe>',
    at: [10, 14],
  };
  it('is rendered as text, never as markup', () => {
    const { root } = open({ list: seedList([hostile]) });
    for (const tag of ['img', 'script', 'iframe', 'a', 'b']) expect(root.querySelector(tag)).toBeNull();
    expect(text(root, '.brp-name')).toBe(hostile.speaker);
    expect(text(root, '.brp-role')).toBe(hostile.role);
    expect(text(root, '.brp-outlet')).toBe(hostile.outlet);
    expect(text(root, 'mark')).toBe('159億');
    expect(text(root, '.brp-fig-sentence')).toBe(hostile.sentence);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
