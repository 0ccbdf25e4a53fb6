// The detector's first look: cheap enough to run on every page of a known host.
import { PRESS_TITLE_WORDS } from './lexicon';
import { containsAny } from './meta';
import { countCjk } from './text';

export interface QuickInput {
  title?: string;
  url?: string;
  /** The start of the page's text (a few KB is enough). */
  text: string;
}

const LABEL_HINT_RE = /(?:^|[\s。？！?!])[^\s:：∶︰]{1,24}[:：∶︰]|[【[][^\]】]{2,24}[\]】]/;

/**
 * A cheap first look for the content script (title, URL, the first KB of text): true when the page cannot be a
 * transcript (no Chinese text, or neither a label-like "X:" nor a press title word).
 */
export function quickReject(input: QuickInput): boolean {
  const sample = input.text.slice(0, 20000);
  if (countCjk(sample) < 20) return true;
  if (containsAny(input.title ?? '', PRESS_TITLE_WORDS)) return false;
  return !LABEL_HINT_RE.test(sample);
}
