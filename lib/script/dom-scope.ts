// Which text nodes of a live page a script switch touches: those under the root (and the document title when it
// lies outside it), not under form fields, code, scripts, editable areas, passages marked as another language or
// the caller's excluded subtrees. Numeric nodeType: nothing here reads DOM globals.
const ELEMENT = 1;
const TEXT = 3;
const FRAGMENT = 11;
const SKIPPED_TAGS = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
]);

export interface TextScope {
  readonly root: Element;
  /** The document title when it is switched too and lies outside root; null otherwise. */
  readonly separateTitle: Element | null;
  /** Every text node in scope, in document order: root's, then the separate title's. */
  textNodes(): Text[];
  /** The text nodes in scope at or under `start` (a node the page just added), appended to `into`. */
  collect(start: Node, into: Text[]): void;
  /** Inside root (or the title) and not under a skipped element. */
  eligible(node: Node): boolean;
}

export function createTextScope(root: Element, opts: { exclude?: string; title?: boolean }): TextScope {
  const doc = root.ownerDocument;
  const titleElement = opts.title ? (doc.querySelector('head > title') ?? doc.querySelector('title')) : null;
  const separateTitle = titleElement && !root.contains(titleElement) ? titleElement : null;

  function skipped(el: Element): boolean {
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
    if (el.hasAttribute('contenteditable')) return true;
    // A passage marked as another language (English translation, Latin names) is not Chinese text; root's own
    // lang is not trusted, many Chinese pages declare lang="en".
    if (el !== root && el.hasAttribute('lang') && !/^(zh\b|$)/i.test(el.getAttribute('lang') ?? '')) return true;
    if (opts.exclude) {
      try {
        if (el.matches(opts.exclude)) return true;
      } catch {
        return false;
      }
    }
    return false;
  }

  function collect(start: Node, into: Text[]): void {
    if (start.nodeType === TEXT) {
      into.push(start as Text);
      return;
    }
    if (start.nodeType !== ELEMENT && start.nodeType !== FRAGMENT) return;
    if (start.nodeType === ELEMENT && skipped(start as Element)) return;
    const stack: Node[] = [];
    for (let c = start.lastChild; c; c = c.previousSibling) stack.push(c);
    while (stack.length) {
      const n = stack.pop() as Node;
      if (n.nodeType === TEXT) into.push(n as Text);
      else if (n.nodeType === ELEMENT && !skipped(n as Element)) {
        for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
  }

  function eligible(node: Node): boolean {
    let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
    const top = separateTitle && separateTitle.contains(node) ? separateTitle : root;
    if (!top.contains(node)) return false;
    while (el) {
      if (skipped(el)) return false;
      if (el === top) return true;
      el = el.parentElement;
    }
    return false;
  }

  function textNodes(): Text[] {
    const nodes: Text[] = [];
    collect(root, nodes);
    if (separateTitle) collect(separateTitle, nodes);
    return nodes;
  }

  return { root, separateTitle, textNodes, collect, eligible };
}
