// The engine as the extension runs it (detect + parse + figures on the live document), bundled for the page's main
// world so Chromium's own time for it can be measured without the extension's messaging and injection around it.
import { findFigures } from '../../lib/figures/index';
import { analyzeSource, sourceFromDocument } from '../../lib/transcript/index';

function once() {
  const t0 = performance.now();
  const t = analyzeSource(sourceFromDocument(document, location.href));
  const figures = findFigures(t);
  const ms = performance.now() - t0;
  return {
    ms,
    press: t.press,
    questions: t.sections.filter((s) => s.kind === 'exchange').length,
    figures: figures.length,
  };
}

(globalThis as { __brEngineBench?: (runs: number) => unknown }).__brEngineBench = (runs: number) => {
  const first = once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(once().ms);
  return { first, times };
};
