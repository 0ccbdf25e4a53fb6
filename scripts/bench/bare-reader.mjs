// The bench's "bare reader" anchor: the reader's DOM as the extension rendered it on a page, put back on a fresh load
// of the same page by a content script that does nothing else (no engine, no framework, no messages, no settings).
// What that costs is what the browser alone charges for showing the reader there: style, layout and paint of the same
// shadow DOM with the same styles, and hiding the same original.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Main world: the reader's host attributes, its shadow DOM and the path (from <body>) to the original it hides. */
const CAPTURE = () => {
  const host = document.querySelector('briefing-reader');
  const html = host?.shadowRoot?.querySelector('html');
  const hidden = document.querySelector('[data-briefing-reader-original]');
  if (!host || !html || !hidden) return null;
  const route = [];
  for (let el = hidden; el !== document.body; el = el.parentElement) {
    if (!el.parentElement) return null;
    // Child indices as the page has them, without our host.
    route.unshift([...el.parentElement.children].filter((c) => c !== host).indexOf(el));
  }
  return {
    attributes: host.getAttributeNames().map((n) => [n, host.getAttribute(n)]),
    html: html.innerHTML,
    route,
  };
};

/** The content script: the captured DOM in a shadow root before the original, which it hides as the reader does. */
function bareScript(dump) {
  return `(() => {
  const dump = ${JSON.stringify(dump)};
  let original = document.body;
  for (const i of dump.route) original = original.children[i];
  const host = document.createElement('briefing-reader');
  for (const [name, value] of dump.attributes) host.setAttribute(name, value);
  const html = document.createElement('html');
  html.innerHTML = dump.html;
  host.attachShadow({ mode: 'open' }).append(html);
  original.before(host);
  const style = original.getAttribute('style');
  original.setAttribute('style', (style ? style + ';' : '') + 'display:none !important');
})();
`;
}

/**
 * Captures the reader the extension shows in `page` and writes an unpacked extension that shows the same DOM with
 * nothing else. Returns the extension's folder; throws when the page shows no reader or it hides the whole body.
 */
export async function writeBareReaderExtension(page) {
  const dump = await page.evaluate(CAPTURE);
  if (!dump || dump.route.length === 0) throw new Error('bare-reader anchor: no reader with a hidden original to copy');
  return writeExtension('bare', 'bare reader DOM', bareScript(dump), [
    { matches: ['<all_urls>'], run_at: 'document_idle' },
  ]);
}

/**
 * The anchor for the detector's cost on pages that are not transcripts: an extension with the built one's content
 * script hosts and timing whose script is empty. What it costs is what any content script costs there (its isolated
 * world). Returns the extension's folder.
 */
export function writeEmptyExtension(builtDir) {
  const built = JSON.parse(fs.readFileSync(path.join(builtDir, 'manifest.json'), 'utf8'));
  const entries = (built.content_scripts ?? []).map(({ matches, run_at }) => ({ matches, run_at }));
  return writeExtension('empty', 'empty content script', '', entries);
}

/** An unpacked MV3 extension whose content script (`script`) runs as `entries` say; returns its folder. */
function writeExtension(name, title, script, entries) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `br-bench-${name}-`));
  fs.writeFileSync(path.join(dir, `${name}.js`), script);
  // A service worker, only because the launcher waits for one, as it does for the real extension.
  fs.writeFileSync(path.join(dir, 'worker.js'), '');
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `Briefing Reader bench: ${title}`,
      version: '1.0',
      background: { service_worker: 'worker.js' },
      content_scripts: entries.map((e) => ({ ...e, js: [`${name}.js`] })),
    }),
  );
  return dir;
}
