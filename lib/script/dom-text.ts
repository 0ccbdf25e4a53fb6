// The published text of every switched node, and the conversion of many nodes in one call. A node's original is
// kept while what it shows is what we wrote; when the page changes it, what it shows becomes its original.
import type { Locale } from './converters';
import type { Variant } from './types';
import { converterFor } from './conversion';

/** Joins many text nodes into one conversion call. No dictionary key contains it, so no match crosses it and
 *  each piece converts exactly as it would alone. */
const SEPARATOR = '\u0000';
const HAN = /[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f]/;

export interface TextMemory {
  /** The published text of a node, whatever variant is shown. */
  originalOf(node: Text): string;
  /** Whether the node shows exactly what we last wrote into it (a mutation record of our own write). */
  showsOwnWrite(node: Text): boolean;
  /** Shows `nodes` in `variant`, converted from their originals. */
  apply(nodes: readonly Text[], variant: Variant): void;
}

export function createTextMemory(source: Locale): TextMemory {
  const originals = new WeakMap<Text, string>();
  const written = new WeakMap<Text, string>();

  function originalOf(node: Text): string {
    const current = node.data;
    const mine = written.get(node);
    if (mine !== undefined && mine === current) return originals.get(node) ?? current;
    // Never converted, or the page changed it since: what it shows now is the published text.
    originals.set(node, current);
    written.delete(node);
    return current;
  }

  function apply(nodes: readonly Text[], variant: Variant): void {
    const convert = converterFor(variant, source);
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
    const out = variant === 'original' ? texts : convertAll(texts, convert);
    for (let i = 0; i < todo.length; i++) {
      const node = todo[i] as Text;
      const value = out[i] as string;
      if (node.data !== value) node.data = value;
      if (variant === 'original') written.delete(node);
      else written.set(node, value);
    }
  }

  return { originalOf, showsOwnWrite: (node) => written.get(node) === node.data, apply };
}

/** Converts the texts in one call when they can be told apart again afterwards, else one by one. */
function convertAll(texts: string[], convert: (text: string) => string): string[] {
  const joined = texts.join(SEPARATOR);
  const pieces = texts.some((t) => t.includes(SEPARATOR)) ? [] : convert(joined).split(SEPARATOR);
  return pieces.length === texts.length ? pieces : texts.map(convert);
}
