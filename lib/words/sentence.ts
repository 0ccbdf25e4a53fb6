// The sentence a word stands in: from the last sentence end before it to the next one after it, within its
// paragraph. Chinese sentence ends (。！？；) and their ASCII forms, which the NFKC-normalised pages use.
const END = /[。！？；!?;]/;

export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !END.test(text[from - 1]!) && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && text[to] !== '\n' && !END.test(text[to - 1] ?? '')) to++;
  // Keep the sentence's own end mark, then any closing quote or bracket right after it.
  while (to < text.length && /[”」』）)"]/.test(text[to]!)) to++;
  return text.slice(from, to).trim();
}
