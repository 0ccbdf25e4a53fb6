// The rules by which `npm run score` compares what `analyze` reads with a fixture's hand-made answers
// (expected.json). README § "How the corpus is scored" states them for people; tests/unit/cli/corpus-score.test.ts
// holds one row per rule.

/** One fixture's answers. Turns: kind, label as printed, and the first characters of the turn's text. */
export interface Expected {
  press: boolean;
  turns?: { kind: string; label: string; starts: string }[];
  figures?: { text: string; value: number }[];
  figures_optional?: string[];
  not_figures?: string[];
}

export interface PredictedTurn {
  kind: string;
  label: string;
  text: string;
}
export interface PredictedFigure {
  text: string;
  value: number;
}

/** Width forms and spaces do not count: stored copies are often NFKC-normalised, live pages are not. */
export const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');

const isQuestion = (kind: string) => kind === 'question';

export interface TurnScore {
  tp: number;
  gold: number;
  pred: number;
  missed: string[];
  extra: string[];
}

/**
 * A gold turn is found by the first unused predicted turn whose text starts with the gold's first characters, that is
 * a question exactly when the gold is (answer and host are not told apart), and whose label contains the gold label
 * or is contained in it.
 */
export function scoreTurns(gold: NonNullable<Expected['turns']>, pred: readonly PredictedTurn[]): TurnScore {
  const used = new Set<number>();
  const missed: string[] = [];
  let tp = 0;
  for (const g of gold) {
    const start = norm(g.starts);
    const label = norm(g.label);
    const i = pred.findIndex((p, j) => {
      if (used.has(j) || !norm(p.text).startsWith(start) || isQuestion(p.kind) !== isQuestion(g.kind)) return false;
      const pl = norm(p.label);
      return pl.includes(label) || label.includes(pl);
    });
    if (i >= 0) {
      used.add(i);
      tp++;
    } else missed.push(`${g.kind} ${g.label}: ${g.starts}`);
  }
  const extra = pred.filter((_, j) => !used.has(j)).map((p) => `${p.kind} ${p.label}: ${norm(p.text).slice(0, 12)}`);
  return { tp, gold: gold.length, pred: pred.length, missed, extra };
}

export interface FigureScore {
  good: number;
  found: number;
  gold: number;
  pred: number;
  missed: string[];
  wrong: string[];
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

/**
 * A predicted figure is good when it matches an unused gold figure (texts overlap, values equal to one part in a
 * million), or when it overlaps an optional text and no banned one. Everything else is wrong.
 */
export function scoreFigures(exp: Expected, pred: readonly PredictedFigure[]): FigureScore {
  const gold = exp.figures ?? [];
  const optional = (exp.figures_optional ?? []).map(norm);
  const banned = (exp.not_figures ?? []).map(norm);
  const used = new Set<number>();
  let good = 0;
  const wrong: string[] = [];
  for (const p of pred) {
    const t = norm(p.text);
    const i = gold.findIndex(
      (g, j) => !used.has(j) && overlaps(t, norm(g.text)) && sameValue(Number(p.value), g.value),
    );
    if (i >= 0) {
      used.add(i);
      good++;
    } else if (!banned.some((b) => overlaps(b, t)) && optional.some((o) => overlaps(o, t))) good++;
    else wrong.push(`${p.text}=${p.value}`);
  }
  const missed = gold.filter((_, j) => !used.has(j)).map((g) => `${g.text}=${g.value}`);
  return { good, found: used.size, gold: gold.length, pred: pred.length, missed, wrong };
}

export interface CaseResult {
  id: string;
  press: boolean | null;
  expectedPress: boolean;
  error?: string;
  turns: TurnScore;
  figures: FigureScore | null;
}

/** Turns are scored only where the answer is a transcript; figures only where it lists some. */
export function scoreCase(
  id: string,
  exp: Expected,
  out: { press: boolean; turns: PredictedTurn[]; figures: PredictedFigure[] },
): CaseResult {
  return {
    id,
    press: Boolean(out.press),
    expectedPress: Boolean(exp.press),
    turns: scoreTurns(exp.turns ?? [], exp.press ? out.turns : []),
    figures: exp.press && (exp.figures?.length ?? 0) > 0 ? scoreFigures(exp, out.figures) : null,
  };
}

/** A page the command could not read counts every answer it holds as missed. */
export function failedCase(id: string, exp: Expected, error: string): CaseResult {
  const gold = exp.turns?.length ?? 0;
  const figs = exp.press ? (exp.figures?.length ?? 0) : 0;
  return {
    id,
    press: null,
    expectedPress: Boolean(exp.press),
    error,
    turns: { tp: 0, gold, pred: 0, missed: [], extra: [] },
    figures: figs ? { good: 0, found: 0, gold: figs, pred: 0, missed: [], wrong: [] } : null,
  };
}

export interface Summary {
  cases: number;
  detected: number;
  turnP: number;
  turnR: number;
  turnF1: number;
  figP: number;
  figR: number;
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function summarize(results: readonly CaseResult[]): Summary {
  let detected = 0;
  const T = { tp: 0, gold: 0, pred: 0 };
  const F = { good: 0, pred: 0, found: 0, gold: 0 };
  for (const r of results) {
    if (r.press !== null && r.press === r.expectedPress) detected++;
    T.tp += r.turns.tp;
    T.gold += r.turns.gold;
    T.pred += r.turns.pred;
    if (r.figures) {
      F.good += r.figures.good;
      F.pred += r.figures.pred;
      F.found += r.figures.found;
      F.gold += r.figures.gold;
    }
  }
  const turnP = ratio(T.tp, T.pred);
  const turnR = ratio(T.tp, T.gold);
  const turnF1 = turnP + turnR ? (2 * turnP * turnR) / (turnP + turnR) : 0;
  return {
    cases: results.length,
    detected,
    turnP,
    turnR,
    turnF1,
    figP: ratio(F.good, F.pred),
    figR: ratio(F.found, F.gold),
  };
}

export interface Thresholds {
  detect: number;
  turnF1: number;
  figP: number;
  figR: number;
}

/** Each threshold the summary falls short of, as a sentence. */
export function shortfalls(s: Summary, min: Thresholds): string[] {
  const f = (x: number) => x.toFixed(3);
  const out: string[] = [];
  const det = ratio(s.detected, s.cases);
  if (det < min.detect) out.push(`detection ${f(det)} < ${min.detect}`);
  if (s.turnF1 < min.turnF1) out.push(`turn F1 ${f(s.turnF1)} < ${min.turnF1}`);
  if (s.figP < min.figP) out.push(`figure precision ${f(s.figP)} < ${min.figP}`);
  if (s.figR < min.figR) out.push(`figure recall ${f(s.figR)} < ${min.figR}`);
  return out;
}

export function caseLine(r: CaseResult, verbose: boolean): string {
  if (r.error) return `${r.id}: ERROR ${r.error}`;
  const t = r.turns;
  let line = `${r.id}: press ${r.press ? 'yes' : 'no'}${r.press === r.expectedPress ? '' : ' (WRONG)'} · turns ${t.tp}/${t.gold} found, ${t.pred - t.tp} extra`;
  const f = r.figures;
  if (f) {
    line += ` · figures ${f.found}/${f.gold} found, ${f.pred - f.good} wrong`;
    if (verbose && f.missed.length) line += `\n    missed figures: ${f.missed.join(' ')}`;
    if (verbose && f.wrong.length) line += `\n    wrong figures: ${f.wrong.join(' ')}`;
  }
  if (verbose && t.missed.length) line += `\n    missed turns: ${t.missed.join(' | ')}`;
  if (verbose && t.extra.length) line += `\n    extra turns: ${t.extra.join(' | ')}`;
  return line;
}

export function summaryLine(s: Summary): string {
  const f = (x: number) => x.toFixed(3);
  return `SUMMARY cases ${s.cases} · detection ${s.detected}/${s.cases} · turns P ${f(s.turnP)} R ${f(s.turnR)} F1 ${f(s.turnF1)} · figures P ${f(s.figP)} R ${f(s.figR)}`;
}
