// Lookups on the compact dictionary without building a map of 117,000 keys: the entry lines stay one array sorted
// by simplified headword, a typed array holds their order by Traditional headword, and a word is found by binary
// search in either. The longest word at a position tries each length from the longest headword down, so a hover
// costs a few hundred string comparisons.
import { ORDER_WIDTH, type CompactDictionary } from './cedict';

export interface DictEntry {
  simplified: string;
  traditional: string;
  /** As CC-CEDICT writes it: tone-numbered syllables, capitalised for names ("Chang2 San1 jiao3"). */
  pinyin: string;
  glosses: string[];
}

/** Which headword a lookup compares: the text's script, or both for mixed text. */
export type HeadwordScript = 'hans' | 'hant' | 'any';

export interface Match {
  start: number;
  end: number;
  word: string;
  entries: DictEntry[];
}

export interface Dictionary {
  /** Entries whose headword in `script` is exactly `word`, in CC-CEDICT's order. */
  entries(word: string, script?: HeadwordScript): DictEntry[];
  /** The longest headword that starts at `offset` of `text`, or null if none does (or the character is not Han). */
  longestAt(text: string, offset: number, script?: HeadwordScript): Match | null;
  readonly size: number;
}

const HAN = /\p{Script=Han}/u;
/** Longer headwords exist (proverbs), but a pointer on running text never needs them. */
const MAX_WORD = 16;

function parseLine(line: string): DictEntry {
  const [simplified = '', trad = '', pinyin = '', glosses = ''] = line.split('\t');
  return { simplified, traditional: trad || simplified, pinyin, glosses: glosses.split('/') };
}

export function createDictionary(data: Pick<CompactDictionary, 'entries' | 'tradOrder'>): Dictionary {
  const lines = data.entries.split('\n');
  const tradOrder = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    tradOrder[i] = parseInt(data.tradOrder.slice(i * ORDER_WIDTH, (i + 1) * ORDER_WIDTH), 36);
  }
  const simpKey = (i: number): string => {
    const line = lines[i]!;
    return line.slice(0, line.indexOf('\t'));
  };
  const tradKey = (i: number): string => {
    const line = lines[i]!;
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    return b === a + 1 ? line.slice(0, a) : line.slice(a + 1, b);
  };

  /** Line numbers whose key is `word`, through `at(k)` = the k-th line in key order. */
  function find(word: string, at: (k: number) => number, key: (i: number) => string): number[] {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(at(mid)) < word) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < lines.length && key(at(k)) === word; k++) found.push(at(k));
    return found;
  }
  const bySimp = (word: string) => find(word, (k) => k, simpKey);
  const byTrad = (word: string) => find(word, (k) => tradOrder[k]!, tradKey);

  function lineNumbers(word: string, script: HeadwordScript): number[] {
    if (script === 'hans') return bySimp(word);
    if (script === 'hant') return byTrad(word).sort((a, b) => a - b);
    return [...new Set([...bySimp(word), ...byTrad(word)])].sort((a, b) => a - b);
  }

  return {
    entries(word, script = 'any') {
      return lineNumbers(word, script).map((i) => parseLine(lines[i]!));
    },
    longestAt(text, offset, script = 'any') {
      if (!HAN.test(text.charAt(offset))) return null;
      for (let end = Math.min(text.length, offset + MAX_WORD); end > offset; end--) {
        const word = text.slice(offset, end);
        const found = lineNumbers(word, script);
        if (found.length > 0) return { start: offset, end, word, entries: found.map((i) => parseLine(lines[i]!)) };
      }
      return null;
    },
    get size() {
      return lines.length;
    },
  };
}
