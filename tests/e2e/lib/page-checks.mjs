// Functions evaluated inside the page (they must stay self-contained: no closure over Node variables).

/** Every element's tag and attributes and every text node, in document order: equal strings mean an equal page. */
export function pageSnapshot() {
  const out = [];
  const walk = (n) => {
    if (n.nodeType === 3) out.push(`#${n.data}`);
    else if (n.nodeType === 1) {
      if (n.localName === 'briefing-reader' || n.localName === 'briefing-reader-toast') return;
      out.push(`<${n.localName} ${[...n.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
      n.childNodes.forEach(walk);
    }
  };
  walk(document.documentElement);
  return `${document.title}\n${out.join('\n')}`;
}

/** What the reader view shows a reader: sections, who asked each question, each answer's speaker|role. */
export function readerSummary() {
  const root = document.querySelector('briefing-reader')?.shadowRoot;
  if (!root) return null;
  const text = (el, sel) => el.querySelector(sel)?.textContent?.trim() ?? null;
  const sections = [...root.querySelectorAll('section.br-section')].map((s) => ({
    kind: ['opening', 'exchange', 'closing'].find((k) => s.classList.contains(`br-section--${k}`)),
    id: s.id,
    title: text(s, '.br-section-title'),
    expanded: s.querySelector('.br-section-toggle')?.getAttribute('aria-expanded') === 'true',
  }));
  const questionOutlets = sections.filter((s) => s.kind === 'exchange').map((s) => s.title);
  const answerSpeakers = [...root.querySelectorAll('.br-turn--answer')].map(
    (t) => `${text(t, '.br-who')}|${text(t, '.br-role')}`,
  );
  const hosts = [...root.querySelectorAll('.br-turn--host')].map((t) => `${text(t, '.br-who')}|${text(t, '.br-role')}`);
  return { sections, questionOutlets, answerSpeakers, hosts };
}

export function watchConsole(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
