// CC-CEDICT's text format ("傳統 传统 [chuan2 tong3] /tradition/traditional/") turned into the compact form the
// extension ships: one line per entry, `simplified \t traditional-if-different \t pinyin \t glosses`, sorted by the
// simplified headword (UTF-16 order, the order of the lookup's binary search), plus the entries' order by their
// Traditional headword. Runs at build time (wxt.config.ts) and in tests, on the same pinned file.

export interface CompactDictionary {
  /** The entries, one per line, sorted by simplified headword. */
  entries: string;
  /** Line numbers sorted by Traditional headword, each in ORDER_WIDTH base-36 digits. */
  tradOrder: string;
  count: number;
}

export const ORDER_WIDTH = 4;

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parses CC-CEDICT text (comment lines start with #). Throws on a line that is not an entry, naming it. */
export function compactCedict(source: string): CompactDictionary {
  const rows: { simp: string; trad: string; line: string }[] = [];
  source.split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (text === '' || text.startsWith('#')) return;
    const m = LINE.exec(text);
    if (!m) throw new Error(`CC-CEDICT line ${i + 1} is not an entry: ${text.slice(0, 80)}`);
    const [, trad = '', simp = '', pinyin = '', glosses = ''] = m;
    if (/[\t\n]/.test(glosses)) throw new Error(`CC-CEDICT line ${i + 1} has a tab in its glosses.`);
    rows.push({ simp, trad, line: `${simp}\t${trad === simp ? '' : trad}\t${pinyin}\t${glosses}` });
  });
  // A stable sort keeps CC-CEDICT's own order among entries of one headword (its more common reading first).
  rows.sort((a, b) => compare(a.simp, b.simp));
  const order = rows.map((_, i) => i).sort((a, b) => compare(rows[a]!.trad, rows[b]!.trad) || a - b);
  if (rows.length >= 36 ** ORDER_WIDTH) throw new Error('Too many entries for the order encoding.');
  return {
    entries: rows.map((r) => r.line).join('\n'),
    tradOrder: order.map((n) => n.toString(36).padStart(ORDER_WIDTH, '0')).join(''),
    count: rows.length,
  };
}
