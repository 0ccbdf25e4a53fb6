// A figure a speaker cites, resolved and attributed.

export type FigureKind = 'amount' | 'percent' | 'points' | 'count' | 'rank' | 'duration' | 'date';

export interface Figure {
  /** The figure as printed, including approximators and unit (e.g. "近30%", "300多個", "159億"). */
  text: string;
  /** Resolved value (for a range, its lower bound; percent as 30 for 30%). Always finite. */
  value: number;
  /** Upper bound when the figure is a range (3到5, 數百). */
  high?: number;
  /** Unit or measure word as printed (元, %, 个百分点, 所, 名 …), or null. */
  unit: string | null;
  kind: FigureKind;
  /** 近, 约, 多, 余, 以上, 左右 … present. */
  approx: boolean;
  /** Index of the turn in Transcript.turns. */
  turn: number;
  /** Offsets of `text` within that turn's text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /**
   * For kind 'date': the date as ISO 8601, partial when the text is ('2018-06-12', '2019-03', '--07-03' for
   * 7月3日, '2015/2016' for a range of years, 'T10' for a clock hour). `value` is then the year, else its first number.
   */
  iso?: string;
}
