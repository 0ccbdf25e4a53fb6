// The engine's input from a whole DOM document: the transcript container's blocks plus what the page says about
// itself (title, URL, lang).
import { findContainer, readBlocksIn, type PageView } from './blocks';
import { PRESS_TITLE_WORDS } from './lexicon';
import type { SourceDoc } from './types';
import { collapseSpace, countCjk, hasCjk } from './text';

const ELEMENT = 1;
const TEXT = 3;

function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

/** Site names appended to document titles ("… — 中华人民共和国外交部"). */
function cleanDocTitle(raw: string): string {
  const t = collapseSpace(raw);
  if (!t) return '';
  // Separators with spaces around (" — ", " - ") or bare "_" / "|"; a bare dash stays (中國—東盟).
  const parts = t
    .split(/\s+[—–\-|_]{1,2}\s+|\s*[|_]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const first = parts[0] ?? t;
  return hasCjk(first) || !parts.some(hasCjk) ? first : (parts.find(hasCjk) ?? first);
}

function firstText(doc: Document, selector: string): string {
  try {
    const el = doc.querySelector(selector);
    return el ? collapseSpace(el.textContent ?? '') : '';
  } catch {
    return '';
  }
}

/** An image at the head of the content whose alt text is the headline (mfa-20210510-163html reposts). */
function leadingImageAlt(container: Element | null): string {
  if (!container) return '';
  let seenText = 0;
  let node: Node | null = container.firstChild;
  let steps = 0;
  while (node && steps++ < 500) {
    if (node.nodeType === TEXT) seenText += countCjk(node.nodeValue ?? '');
    if (seenText > 0) return '';
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (tagOf(el) === 'IMG') {
        const alt = collapseSpace(el.getAttribute('alt') ?? '');
        if (countCjk(alt) >= 6) return alt;
      }
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== container && !node.nextSibling) node = node.parentNode;
    if (!node || node === container) break;
    node = node.nextSibling;
  }
  return '';
}

/** The engine's input from a DOM document: blocks of the transcript container plus title, lang and URL; `view`
 *  says what the page hides by its layout (the browser's computed style). */
export function sourceFromDocument(doc: Document, url?: string, view: PageView = {}): SourceDoc {
  const container = findContainer(doc, view);
  const blocks = container ? readBlocksIn(container, view) : [];
  // Many sites put only their own name in <title> and the conference title in a heading or a title div.
  const candidates = [
    cleanDocTitle(doc.title ?? ''),
    firstText(doc, 'h1'),
    firstText(doc, '#News_Body_Title'),
    firstText(doc, '.title'),
    firstText(doc, 'h2'),
    leadingImageAlt(container),
  ].filter((t) => t && t.length <= 120);
  const title = candidates.find((t) => PRESS_TITLE_WORDS.some((w) => t.includes(w))) ?? candidates[0];
  const src: SourceDoc = { blocks };
  if (title) src.title = title;
  const docUrl = url ?? (typeof doc.URL === 'string' && /^https?:/i.test(doc.URL) ? doc.URL : undefined);
  if (docUrl) src.url = docUrl;
  const lang = doc.documentElement?.getAttribute?.('lang');
  if (lang) src.lang = lang;
  return src;
}
