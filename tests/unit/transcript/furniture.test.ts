import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES, furnitureRule, isFurniture } from '../../../lib/transcript/furniture';
import { analyzeSource } from '../../../lib/transcript/index';
import { expected, fixtureIds, loadSource } from './load';

// The furniture table, run from its own rows: each example is named by its row, no counter-example by any row.
// The browser tests excuse exactly the lines this table names, so a row here is a line the reader may leave out.
const examples = FURNITURE_RULES.flatMap((r) => r.examples.map((line) => [r.name, line] as const));
const counters = FURNITURE_RULES.flatMap((r) => r.counter.map((line) => [r.name, line] as const));

describe('furniture rules', () => {
  it.each(examples)('%s names %s', (name, line) => {
    expect(furnitureRule(line)?.name).toBe(name);
  });
  it.each(counters)('%s: %s is text for every row', (_, line) => {
    expect(furnitureRule(line)).toBeNull();
  });
  it('every row has examples, counter-examples and a unique name', () => {
    expect(new Set(FURNITURE_RULES.map((r) => r.name)).size).toBe(FURNITURE_RULES.length);
    for (const r of FURNITURE_RULES) {
      expect(r.examples.length, r.name).toBeGreaterThan(0);
      expect(r.counter.length, r.name).toBeGreaterThan(0);
    }
  });
  it('white space is collapsed first, and a long line is never furniture', () => {
    expect(isFurniture('  字號:默認   超大 |  打印 | ')).toBe(true);
    expect(isFurniture(`寄给朋友${'。'.repeat(300)}`)).toBe(false);
  });
});

// What the rules leave out of the reader on the real pages: furniture only, never a turn's words, a dateline or
// the intro. A transcript's shown text is every block that is not chrome or the site's footer.
describe('on every press fixture, furniture is never in a turn and every block it names is chrome', () => {
  it.each(fixtureIds().filter((id) => expected(id).press))('%s', (id) => {
    const t = analyzeSource(loadSource(id));
    const chrome = new Set(
      (t.loose ?? []).filter((l) => l.kind === 'chrome' || l.kind === 'footer').map((l) => l.block),
    );
    t.blocks.forEach((b, i) => expect(chrome.has(i), b.text).toBe(isFurniture(b.text)));
  });
});
