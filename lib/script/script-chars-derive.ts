// Derives the characters that belong to one script only from opencc-js's character and phrase dictionaries.
// A character counts as Simplified-only when opencc changes it going to Traditional and it never occurs in the
// Traditional side of the Simplified→Traditional phrase list (so 后 in 皇后, 干 in 干戈, 里 in 公里 are not
// counted); Traditional-only likewise against the Simplified side. The result is stored in script-chars.ts so
// detection never loads the large dictionaries; a unit test checks the stored sets still match this derivation.

function pairs(serialised: string): [string, string][] {
  return serialised.split('|').map((e) => {
    const [k = '', v = ''] = e.split(' ');
    return [k, v];
  });
}

function charsOf(strings: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const s of strings) for (const c of s) set.add(c);
  return set;
}

function onlyIn(charDict: string, otherSidePhrases: Set<string>): string {
  const out: string[] = [];
  for (const [k, v] of pairs(charDict)) {
    if ([...k].length !== 1 || k === v || otherSidePhrases.has(k)) continue;
    out.push(k);
  }
  return [...new Set(out)].sort().join('');
}

export function deriveScriptChars(dicts: {
  STCharacters: string;
  TSCharacters: string;
  STPhrases: string;
  TSPhrases: string;
}): { hansOnly: string; hantOnly: string } {
  const st = pairs(dicts.STPhrases);
  const ts = pairs(dicts.TSPhrases);
  // Characters seen in Traditional text: Traditional sides of both phrase lists; Simplified likewise.
  const tradSeen = charsOf([...st.map((p) => p[1]), ...ts.map((p) => p[0])]);
  const simpSeen = charsOf([...st.map((p) => p[0]), ...ts.map((p) => p[1])]);
  return { hansOnly: onlyIn(dicts.STCharacters, tradSeen), hantOnly: onlyIn(dicts.TSCharacters, simpSeen) };
}
