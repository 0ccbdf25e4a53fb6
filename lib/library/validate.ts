// A stored conference read from outside (an import file, a message from a page's content script) is checked field
// by field before it may be kept: a bad one is refused with the reason, never half-stored.
import {
  pickFigure,
  pickSection,
  pickTurn,
  type LibraryFigure,
  type LibrarySection,
  type LibraryTranscript,
  type LibraryTurn,
} from './model';

const TURN_KINDS = ['question', 'answer', 'host'];
const SECTION_KINDS = ['opening', 'exchange', 'closing'];
const SCRIPTS = ['hans', 'hant', 'mixed'];
const FIGURE_KINDS = ['amount', 'percent', 'points', 'count', 'rank', 'duration', 'date'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function turnOk(v: unknown, sections: number): v is LibraryTurn {
  return (
    isObj(v) &&
    TURN_KINDS.includes(v.kind as string) &&
    isStr(v.label) &&
    strOrNull(v.speaker) &&
    strOrNull(v.role) &&
    strOrNull(v.outlet) &&
    isStr(v.text) &&
    isIndex(v.section) &&
    v.section < Math.max(1, sections)
  );
}

function sectionOk(v: unknown, turns: number): v is LibrarySection {
  return (
    isObj(v) &&
    SECTION_KINDS.includes(v.kind as string) &&
    Array.isArray(v.turns) &&
    v.turns.every((i) => isIndex(i) && i < turns) &&
    (v.number === undefined || isIndex(v.number))
  );
}

function figureOk(v: unknown, turns: number): v is LibraryFigure {
  return (
    isObj(v) &&
    isStr(v.text) &&
    typeof v.value === 'number' &&
    strOrNull(v.unit) &&
    FIGURE_KINDS.includes(v.kind as string) &&
    typeof v.approx === 'boolean' &&
    isIndex(v.turn) &&
    v.turn < turns
  );
}

/** The conference, rebuilt from only the fields it has (an unknown extra field is not carried in), or why not. */
export function validateTranscript(raw: unknown): { value: LibraryTranscript } | { error: string } {
  if (!isObj(raw)) return { error: 'not an object' };
  const r = raw;
  if (!isStr(r.url) || !/^https?:\/\//.test(r.url)) return { error: 'no web address' };
  if (!isStr(r.site) || r.site === '') return { error: 'no site' };
  if (!strOrNull(r.title)) return { error: 'bad title' };
  if (!(r.date === null || (isStr(r.date) && /^\d{4}-\d{2}-\d{2}$/.test(r.date)))) return { error: 'bad date' };
  if (!SCRIPTS.includes(r.script as string)) return { error: 'bad script' };
  if (typeof r.press !== 'boolean' || typeof r.score !== 'number') return { error: 'bad verdict' };
  if (!Array.isArray(r.reasons) || !r.reasons.every(isStr)) return { error: 'bad reasons' };
  if (!isStr(r.savedAt) || Number.isNaN(Date.parse(r.savedAt))) return { error: 'bad save time' };
  if (!Array.isArray(r.turns) || r.turns.length === 0) return { error: 'no turns' };
  if (!Array.isArray(r.sections)) return { error: 'no sections' };
  const turns = r.turns;
  const sections = r.sections;
  const badTurn = turns.findIndex((t) => !turnOk(t, sections.length));
  if (badTurn >= 0) return { error: `bad turn ${badTurn + 1}` };
  const badSection = sections.findIndex((s) => !sectionOk(s, turns.length));
  if (badSection >= 0) return { error: `bad section ${badSection + 1}` };
  const figures = Array.isArray(r.figures) ? r.figures : [];
  const badFigure = figures.findIndex((f) => !figureOk(f, turns.length));
  if (badFigure >= 0) return { error: `bad figure ${badFigure + 1}` };
  return {
    value: {
      url: r.url,
      site: r.site,
      title: r.title,
      date: r.date,
      script: r.script as LibraryTranscript['script'],
      press: r.press,
      score: r.score,
      reasons: [...(r.reasons as string[])],
      turns: (turns as LibraryTurn[]).map(pickTurn),
      sections: (sections as LibrarySection[]).map(pickSection),
      figures: (figures as LibraryFigure[]).map(pickFigure),
      savedAt: new Date(r.savedAt).toISOString(),
    },
  };
}
