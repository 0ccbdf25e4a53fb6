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

/** The page as the parser built it from the server's HTML, snapshotted like pageSnapshot: the untouched original. */
export async function pristineSnapshot() {
  const html = await (await fetch(location.href)).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = [];
  const walk = (n) => {
    if (n.nodeType === 3) out.push(`#${n.data}`);
    else if (n.nodeType === 1) {
      out.push(`<${n.localName} ${[...n.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
      n.childNodes.forEach(walk);
    }
  };
  walk(doc.documentElement);
  return `${doc.title}\n${out.join('\n')}`;
}

/** Text of the reader's sections (visible ones only), for script checks. */
export function readerBodyText() {
  const root = document.querySelector('briefing-reader')?.shadowRoot;
  return (root?.querySelector('.br-reader') ?? root)?.textContent ?? '';
}

/** Selects `needle` inside the reader's turn text and returns whether it was found. */
export function readerSelect(needle) {
  const root = document.querySelector('briefing-reader')?.shadowRoot;
  if (!root) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(needle);
    if (i >= 0 && n.parentElement?.closest('[data-turn]')) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
      return true;
    }
  }
  return false;
}
