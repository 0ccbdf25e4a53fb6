// Test transcripts built from real fixture pages, independently of the parser (which other engineers write):
// each expected turn is located in the page text by its label and first characters; its text runs to the next
// expected turn. Sections follow the model's rules: a question opens an exchange, leading host turns are the
// opening, trailing host turns the closing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Section, Transcript, Turn, TurnKind } from '../../../../lib/transcript/types';

// Run from the project root (vitest, tsx).
const PAGES = resolve(process.cwd(), 'tests/fixtures/pages');

export interface ExpectedTurn {
  kind: TurnKind;
  label: string;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  starts: string;
}

export interface Expected {
  title: string;
  date: string;
  turns: ExpectedTurn[];
}

export function loadExpected(id: string): Expected {
  return JSON.parse(readFileSync(join(PAGES, id, 'expected.json'), 'utf8')) as Expected;
}

export function sectionsFor(turns: readonly Pick<Turn, 'kind'>[]): Section[] {
  const sections: Section[] = [];
  let number = 0;
  const firstQ = turns.findIndex((t) => t.kind === 'question');
  let lastQA = -1;
  turns.forEach((t, i) => {
    if (t.kind !== 'host') lastQA = i;
  });
  turns.forEach((t, i) => {
    const kind: Section['kind'] =
      firstQ < 0 || i < firstQ ? 'opening' : i > lastQA && t.kind === 'host' ? 'closing' : 'exchange';
    const last = sections[sections.length - 1];
    if (kind === 'exchange' && t.kind === 'question') {
      sections.push({ kind, turns: [i], number: ++number });
    } else if (last && last.kind === kind) {
      last.turns.push(i);
    } else {
      sections.push(kind === 'exchange' ? { kind, turns: [i], number: ++number } : { kind, turns: [i] });
    }
  });
  return sections;
}

export function transcriptFrom(id: string): { transcript: Transcript; expected: Expected } {
  const expected = loadExpected(id);
  const lines = readFileSync(join(PAGES, id, 'source.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const at: number[] = [];
  let from = 0;
  for (const e of expected.turns) {
    const i = lines.findIndex((l, k) => k >= from && l.includes(`${e.label}:${e.starts}`));
    if (i < 0) throw new Error(`turn ${e.label} not found in ${id}`);
    at.push(i);
    from = i + 1;
  }
  const turns: Turn[] = expected.turns.map((e, n) => {
    const first = lines[at[n]!]!;
    const own = first.slice(first.indexOf(`${e.label}:`) + e.label.length + 1);
    // The last turn is a single closing paragraph on the seed page; what follows it is page chrome.
    const end = n + 1 < at.length ? at[n + 1]! : at[n]! + 1;
    const rest = lines.slice(at[n]! + 1, end);
    return {
      kind: e.kind,
      label: e.label,
      speaker: e.speaker,
      role: e.role,
      outlet: e.outlet,
      text: [own, ...rest].join('\n'),
      blocks: Array.from({ length: end - at[n]! }, (_, k) => at[n]! + k),
      section: -1,
    };
  });
  const sections = sectionsFor(turns);
  sections.forEach((s, si) => s.turns.forEach((ti) => (turns[ti]!.section = si)));
  return {
    expected,
    transcript: {
      press: true,
      score: 1,
      reasons: [],
      title: expected.title,
      date: expected.date,
      turns,
      sections,
      blocks: [],
    },
  };
}

/** A conference that opens with host remarks (MOFCOM, 2022-06-09), typed from the fixture's Chinese lines. */
export function mofcomOpening(): Transcript {
  const turns: Turn[] = [
    {
      kind: 'host',
      label: '束珏婷',
      speaker: '束珏婷',
      role: null,
      outlet: null,
      text: '各位记者朋友:大家下午好,欢迎参加商务部例行新闻发布会。\n今天我没有需要向大家主动通报的信息。下面我愿意回答记者朋友们提出的问题。\n下面请提问。',
      blocks: [0, 1, 2],
      section: 0,
    },
    {
      kind: 'question',
      label: '中国国际电视台记者',
      speaker: null,
      role: null,
      outlet: '中国国际电视台',
      text: '据悉,2022年金砖国家经贸部长会议将于今日召开,请问中方对此次会议有何期待?',
      blocks: [3],
      section: 1,
    },
    {
      kind: 'answer',
      label: '束珏婷',
      speaker: '束珏婷',
      role: null,
      outlet: null,
      text: '6月9日晚,中方将在北京以视频形式主办金砖国家第十二次经贸部长会议。\n金砖国家成员、相关国际组织代表将出席会议。',
      blocks: [4, 5],
      section: 1,
    },
  ];
  return {
    press: true,
    score: 1,
    reasons: [],
    title: '商务部召开例行新闻发布会',
    date: '2022-06-09',
    turns,
    sections: sectionsFor(turns),
    blocks: [],
  };
}
