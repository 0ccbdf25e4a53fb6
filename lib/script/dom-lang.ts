// The lang attributes a script switch sets (root's and every Chinese-marked element's), so the browser picks glyph
// forms and fonts for the variant shown, each put back as published on 原文.
import type { Variant } from './types';
import { variantLang } from './variant';

export function createLangSwitch(root: Element): { set(variant: Variant): void } {
  // Elements whose lang we changed, with the attribute as published (null: it had none).
  const langOriginals = new Map<Element, string | null>();

  function set(variant: Variant): void {
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

  return { set };
}
