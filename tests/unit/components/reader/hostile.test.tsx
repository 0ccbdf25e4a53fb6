// Page text is untrusted: labels, names, roles, outlets, titles and answers must reach the DOM as text only.
import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript, Turn } from '../../../../lib/transcript/types';
import { mount } from './harness';
import { buildSections } from '../../../../lib/transcript/sections';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

function hostile(): Transcript {
  const turns: Turn[] = [
    {
      kind: 'question',
      label: `新华社${IMG}记者`,
      speaker: null,
      role: null,
      outlet: `新华社${IMG}`,
      text: `请问${SCRIPT}怎么看?`,
      blocks: [0],
      section: 0,
    },
    {
      kind: 'answer',
      label: `${IMG}(${SCRIPT})`,
      speaker: IMG,
      role: SCRIPT,
      outlet: null,
      text: `我们注意到${IMG}。\n${SCRIPT}<b onclick="x()">粗体</b>`,
      blocks: [1, 2],
      section: 0,
    },
  ];
  return {
    press: true,
    score: 1,
    reasons: [],
    title: `${SCRIPT}记者会`,
    date: '2024-01-01',
    turns,
    sections: buildSections(turns),
    blocks: [],
  };
}

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('hostile page text', () => {
  it('creates no element from page text', () => {
    const m = (mounted = mount(hostile()));
    expect(m.$$('img, script, b, [onerror], [onclick]')).toHaveLength(0);
  });

  it.each([
    ['.br-title', `${SCRIPT}记者会`],
    ['.br-speakers .br-who', IMG],
    ['.br-speakers .br-role', SCRIPT],
    ['.br-outlets li', `新华社${IMG}`],
    // The asker as printed: the outlet and 记者 (the outlet alone is the filter's key, above).
    ['.br-section-title', `新华社${IMG}记者`],
    ['.br-turn--answer .br-who', IMG],
    ['.br-turn--answer .br-role', SCRIPT],
    ['p[data-turn="0"]', `请问${SCRIPT}怎么看?`],
    ['p[data-turn="1"][data-block="0"]', `我们注意到${IMG}。`],
    ['p[data-turn="1"][data-block="1"]', `${SCRIPT}<b onclick="x()">粗体</b>`],
    ['.br-select optgroup option', IMG],
  ])('%s shows the literal text', (selector, text) => {
    const m = (mounted = mount(hostile()));
    expect(m.$(selector)?.textContent).toBe(text);
  });

  it('keeps markup literal inside find highlights', async () => {
    const { typeInto } = await import('./harness');
    const m = (mounted = mount(hostile()));
    typeInto(m.$<HTMLInputElement>('#br-find-input'), '<img');
    expect(m.$$('mark').map((x) => x.textContent)).toEqual(['<img']);
    expect(m.$$('img')).toHaveLength(0);
  });
});
