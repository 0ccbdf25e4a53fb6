// Turns -> sections: the opening (host and statements before the first question), one exchange per question
// with the turns that answer it, and the closing (host turns after the last answer).
import type { Section, Turn } from './types';

export function buildSections(turns: Turn[]): Section[] {
  const sections: Section[] = [];
  let lastAnswer = -1;
  turns.forEach((t, i) => {
    if (t.kind === 'answer') lastAnswer = i;
  });
  // Closing: host turns after the last answer, when nothing else follows them.
  let closingFrom = turns.length;
  const rest = turns.slice(lastAnswer + 1);
  if (
    lastAnswer >= 0 &&
    rest.length &&
    rest.every((t) => t.kind === 'host') &&
    turns.some((t) => t.kind === 'question')
  ) {
    closingFrom = lastAnswer + 1;
  }

  let current: Section | null = null;
  let number = 0;
  turns.forEach((t, i) => {
    if (i >= closingFrom) {
      if (current?.kind !== 'closing') {
        current = { kind: 'closing', turns: [] };
        sections.push(current);
      }
    } else if (t.kind === 'question') {
      current = { kind: 'exchange', turns: [], number: ++number };
      sections.push(current);
    } else if (!current) {
      current = { kind: 'opening', turns: [] };
      sections.push(current);
    }
    current.turns.push(i);
    t.section = sections.length - 1;
  });
  return sections;
}
