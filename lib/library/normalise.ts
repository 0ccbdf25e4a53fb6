// The form the library indexes and searches: Simplified characters (Traditional and regional variants folded by
// character, not by phrase), full-width ASCII as half-width, Latin in lower case. Every step maps one UTF-16 unit to
// one unit, so an offset in the normalised text is the same offset in the stored text: a match found in the
// index is highlighted in the text as printed without any mapping back.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

let table: Uint16Array | null = null;

/** One unit → one unit pairs of an opencc-js dictionary ("臺 台|灣 湾|…"), the first value of each. */
function addPairs(into: Uint16Array, serialised: string): void {
  for (const entry of serialised.split('|')) {
    const [key, value] = entry.split(' ');
    if (key?.length !== 1 || value?.length !== 1) continue;
    into[key.charCodeAt(0)] = value.charCodeAt(0);
  }
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  // Regional variants first to their standard Traditional form, then Traditional to Simplified: 裡 → 裏 → 里.
  addPairs(t, TWVariantsRev);
  addPairs(t, HKVariantsRev);
  const ts = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) ts[c] = c;
  addPairs(ts, TSCharacters);
  for (let c = 0; c < 65536; c++) t[c] = ts[t[c]!]!;
  // Full-width ASCII (！ to ～) and the ideographic space, then Latin capitals.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  for (let c = 0; c < 65536; c++) {
    const v = t[c]!;
    if (v >= 0x41 && v <= 0x5a) t[c] = v + 32;
  }
  return t;
}

/** The table, built on first use (about 1 ms): pages that never search never pay for it. */
export function normaliseTable(): Uint16Array {
  return (table ??= buildTable());
}

export function normalise(text: string): string {
  const t = normaliseTable();
  // Built in chunks: String.fromCharCode with a whole transcript's units as arguments would overflow the stack.
  const CHUNK = 8192;
  let out = '';
  const buf = new Uint16Array(Math.min(text.length, CHUNK));
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK);
    for (let i = start; i < end; i++) buf[i - start] = t[text.charCodeAt(i)]!;
    out += String.fromCharCode.apply(null, buf.subarray(0, end - start) as unknown as number[]);
  }
  return out;
}
