import { describe, expect, it } from 'vitest';
import { PAGE_VIEW } from '../../../entrypoints/shared/analysis';
import { readBlocks, sourceFromDocument } from '../../../lib/transcript/blocks';
import { analyzeSource } from '../../../lib/transcript/index';
import { parseDocument } from './load';

// Issue 20: the reader shows what the page shows. Text the page hides is not read as transcript, whether the markup
// hides it (every reader) or a style sheet does (the browser, through the predicate the caller passes).
const TURNS =
  '<p>记者：请问有何评论？</p><p>毛宁：我们注意到有关报道。</p><p>记者：还有一个问题？</p><p>毛宁：谢谢。</p>';
const FORGED = '<p>记者：这段文字页面不显示？</p><p>毛宁：隐藏的回答。</p>';

function page(hider: string, css = ''): string {
  return `<!DOCTYPE html><html><head><title>2022年10月27日外交部发言人毛宁主持例行记者会</title><style>${css}</style>
</head><body><div id="content">${TURNS}${hider.replace('$', FORGED)}</div></body></html>`;
}

/** The test's live DOM with a layout of sorts (happy-dom computes styles from the page's style sheets). */
function live(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
  return document;
}

const texts = (doc: Document, view = {}) => sourceFromDocument(doc, undefined, view).blocks.map((b) => b.text);

describe('hidden nodes are not read', () => {
  it.each([
    ['display:none inline', '<div style="display:none">$</div>'],
    ['visibility:hidden inline', '<div style="visibility: hidden">$</div>'],
    ['the hidden attribute', '<section hidden>$</section>'],
    ['aria-hidden="true"', '<div aria-hidden="true">$</div>'],
    ['a hiding class', '<div class="d-none">$</div>'],
  ])('%s, by the markup alone (the CLI too)', (_, hider) => {
    const doc = parseDocument(page(hider));
    expect(texts(doc)).toHaveLength(4);
    expect(texts(doc).join('')).not.toContain('隐藏');
  });

  it.each([
    ['display:none', '.folded{display:none}'],
    ['visibility:hidden', '.folded{visibility:hidden}'],
  ])('%s from a style sheet, in the browser (the page view asks the computed style)', (_, css) => {
    const doc = live(page('<div class="folded">$</div>', css));
    expect(texts(doc, PAGE_VIEW).join('')).not.toContain('隐藏');
    expect(analyzeSource(sourceFromDocument(doc, undefined, PAGE_VIEW)).turns).toHaveLength(4);
    // Without a layout the sheet is not known: the CLI reads what the markup shows.
    expect(texts(doc).join('')).toContain('隐藏');
  });

  it('the hidden nodes are left as they were', () => {
    const doc = live(page('<div class="folded">$</div>', '.folded{display:none}'));
    const before = doc.body.innerHTML;
    readBlocks(doc, PAGE_VIEW);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('aria-hidden="false" and shown elements are read', () => {
    const doc = live(page('<div aria-hidden="false" class="shown">$</div>', '.shown{display:block}'));
    expect(texts(doc, PAGE_VIEW).join('')).toContain('隐藏的回答');
  });
});
