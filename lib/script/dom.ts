// Script switching of a live page: every text node under a root is converted from its original text (kept per
// node), so any sequence of variants ends on 原文 exactly as published. The DOM is passed in; nothing here reads
// DOM globals (numeric nodeType, the root's own document and window). Which nodes: dom-scope.ts; their originals
// and the conversion: dom-text.ts; lang attributes: dom-lang.ts; here, the switch and the watch on the page.
import type { Locale } from './converters';
import type { Variant } from './types';
import { createLangSwitch } from './dom-lang';
import { createTextScope } from './dom-scope';
import { createTextMemory } from './dom-text';

const TEXT = 3;

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
  const scope = createTextScope(root, opts);
  const texts = createTextMemory(opts.source);
  const lang = createLangSwitch(root);
  let variant: Variant = 'original';

  const Observer =
    opts.observe === false ? undefined : (opts.MutationObserver ?? root.ownerDocument.defaultView?.MutationObserver);
  const observer = Observer ? new Observer(onMutations) : null;
  let observing = false;

  function watch(on: boolean): void {
    if (!observer || on === observing) return;
    if (on) {
      const init = { childList: true, subtree: true, characterData: true };
      observer.observe(root, init);
      if (scope.separateTitle) observer.observe(scope.separateTitle, init);
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
          scope.collect(n, list);
          for (const t of list) found.add(t);
        });
      }
    }
    // Our own writes show up as records whose text is what we wrote: skipping them is what prevents loops.
    const fresh = [...found].filter((t) => !texts.showsOwnWrite(t) && t.isConnected && scope.eligible(t));
    if (!fresh.length) return;
    texts.apply(fresh, variant);
    observer?.takeRecords();
  }

  function switchTo(next: Variant): void {
    const was = observing;
    watch(false);
    variant = next;
    texts.apply(scope.textNodes(), variant);
    lang.set(variant);
    if (next !== 'original' && (was || opts.observe !== false)) watch(true);
  }

  return {
    get variant() {
      return variant;
    },
    switchTo,
    restore: () => switchTo('original'),
    originalOf: texts.originalOf,
    dispose() {
      switchTo('original');
      watch(false);
    },
  };
}
