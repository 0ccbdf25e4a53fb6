import { describe, expect, it } from 'vitest';
import { applyLabelRules, LABEL_RULES } from '../../../lib/transcript/label-rules';

// The ordered label rules, run from their own table: each example is decided by its row (and gets the row's
// shape), each counter-example is not read by that row.
const examples = LABEL_RULES.flatMap((rule) =>
  rule.examples.map(([label, shape]) => [rule.name, label, shape] as const),
);
const counters = LABEL_RULES.flatMap((rule) => rule.counter.map((label) => [rule.name, label] as const));

describe('label rules: every example is decided by its own row', () => {
  it.each(examples)('%s: %s', (name, label, shape) => {
    const { info, rule } = applyLabelRules(label);
    expect(rule).toBe(name);
    expect(info?.shape ?? null).toBe(shape);
  });
});

describe('label rules: no row reads its counter-examples', () => {
  it.each(counters)('%s: not %s', (name, label) => {
    const rule = LABEL_RULES.find((r) => r.name === name);
    const r = label.trim();
    expect(rule?.read({ r, latin: /[A-Za-z0-9]/.test(r) }) ?? null).toBeNull();
  });
});

describe('label rules: the table', () => {
  it('every row has examples and counter-examples, and a unique name', () => {
    expect(new Set(LABEL_RULES.map((r) => r.name)).size).toBe(LABEL_RULES.length);
    for (const rule of LABEL_RULES) {
      expect(rule.examples.length, rule.name).toBeGreaterThan(0);
      expect(rule.counter.length, rule.name).toBeGreaterThan(0);
    }
  });
});
