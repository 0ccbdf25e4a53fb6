// Script switching of a live page: every text node under a root is converted from its original text (kept per
// node), so any sequence of variants ends on 原文 exactly as published. The DOM is passed in; nothing here reads
// DOM globals (numeric nodeType, the root's own document and window).
import type { Locale } from './converters';
import type { Variant } from './types';
import { converterFor } from './conversion';
import { variantLang } from './variant';

const ELEMENT = 1;
const TEXT = 3;
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
/** Joins many text nodes into one conversion call. No dictionary key contains it, so no match crosses it and
 *  each piece converts exactly as it would alone. */
const SEPARATOR = '\u0000';
const HAN = /[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f]/;

export interface ScriptSwitcherOptions {
  /** Source locale of the page text (pickSource). */
  source: Locale;
  /** Selector for subtrees never touched, e.g. the extension's own shadow host. */
  exclude?: string;
  /** Also convert the document title when it lies outside root. */
  title?: boolean;
  /** Convert text the page adds later (default true). */
  observe?: boolean;
  /** Defaults to root.ownerDocument.defaultView.MutationObserver. */
  MutationObserver?: typeof MutationObserver;
}

export interface ScriptSwitcher {
  readonly variant: Variant;
  switchTo(variant: Variant): void;
  /** Back to 原文: every text node and lang attribute as published. */
  restore(): void;
  /** The published text of a node, whatever variant is shown. */
  originalOf(node: Text): string;
  /** Restores 原文 and stops watching the page. */
  dispose(): void;
}

export function createScriptSwitcher(root: Element, opts: ScriptSwitcherOptions): ScriptSwitcher {
  const doc = root.ownerDocument;
  const originals = new WeakMap<Text, string>();
  const written = new WeakMap<Text, string>();
  // Elements whose lang we changed, with the attribute as published (null: it had none).
  const langOriginals = new Map<Element, string | null>();
  let variant: Variant = 'original';

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
    if (start.nodeType !== ELEMENT && start.nodeType !== 11) return;
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

  /** Inside root (or the title) and not under a skipped element. */
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

  function originalOf(node: Text): string {
    const current = node.data;
    const mine = written.get(node);
    if (mine !== undefined && mine === current) return originals.get(node) ?? current;
    // Never converted, or the page changed it since: what it shows now is the published text.
    originals.set(node, current);
    written.delete(node);
    return current;
  }

  function apply(nodes: readonly Text[]): void {
    const convert = converterFor(variant, opts.source);
    const todo: Text[] = [];
    const texts: string[] = [];
    for (const n of nodes) {
      const original = originalOf(n);
      if (variant === 'original' || HAN.test(original)) {
        todo.push(n);
        texts.push(original);
      }
    }
    if (!todo.length) return;
    let out: string[];
    if (variant === 'original') out = texts;
    else {
      const joined = texts.join(SEPARATOR);
      const pieces = texts.some((t) => t.includes(SEPARATOR)) ? [] : convert(joined).split(SEPARATOR);
      out = pieces.length === texts.length ? pieces : texts.map(convert);
    }
    for (let i = 0; i < todo.length; i++) {
      const node = todo[i] as Text;
      const value = out[i] as string;
      if (node.data !== value) node.data = value;
      if (variant === 'original') written.delete(node);
      else written.set(node, value);
    }
  }

  function textNodes(): Text[] {
    const nodes: Text[] = [];
    collect(root, nodes);
    if (separateTitle) collect(separateTitle, nodes);
    return nodes;
  }

  function setLang(): void {
    if (variant === 'original') {
      for (const [el, value] of langOriginals) {
        if (value === null) el.removeAttribute('lang');
        else el.setAttribute('lang', value);
      }
      langOriginals.clear();
      return;
    }
    const tag = variantLang(variant);
    const targets: Element[] = [root, ...Array.from(root.querySelectorAll('[lang]'))].filter(
      (el) => el === root || /^zh\b/i.test(el.getAttribute('lang') ?? ''),
    );
    for (const el of targets) {
      if (!langOriginals.has(el)) langOriginals.set(el, el.getAttribute('lang'));
      if (el.getAttribute('lang') !== tag) el.setAttribute('lang', tag);
    }
  }

  const Observer = opts.observe === false ? undefined : (opts.MutationObserver ?? doc.defaultView?.MutationObserver);
  const observer = Observer ? new Observer(onMutations) : null;
  let observing = false;

  function watch(on: boolean): void {
    if (!observer || on === observing) return;
    if (on) {
      const init = { childList: true, subtree: true, characterData: true };
      observer.observe(root, init);
      if (separateTitle) observer.observe(separateTitle, init);
    } else {
      observer.takeRecords();
      observer.disconnect();
    }
    observing = on;
  }

  function onMutations(records: MutationRecord[]): void {
    if (variant === 'original') return;
    const found = new Set<Text>();
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.nodeType === TEXT) found.add(r.target as Text);
      } else {
        r.addedNodes.forEach((n) => {
          const list: Text[] = [];
          collect(n, list);
          for (const t of list) found.add(t);
        });
      }
    }
    // Our own writes show up as records whose text is what we wrote: skipping them is what prevents loops.
    const fresh = [...found].filter((t) => written.get(t) !== t.data && t.isConnected && eligible(t));
    if (!fresh.length) return;
    apply(fresh);
    observer?.takeRecords();
  }

  function switchTo(next: Variant): void {
    const was = observing;
    watch(false);
    variant = next;
    apply(textNodes());
    setLang();
    if (next !== 'original' && (was || opts.observe !== false)) watch(true);
  }

  return {
    get variant() {
      return variant;
    },
    switchTo,
    restore: () => switchTo('original'),
    originalOf,
    dispose() {
      switchTo('original');
      watch(false);
    },
  };
}
