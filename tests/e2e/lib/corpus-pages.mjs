// Every fixture of tests/fixtures/pages as a page served at its real address (meta.json source_url): the stored
// source.html as it is, or source.txt built plainly: every line a <p> in one <div id="content">, the very lines the
// CLI reads as blocks. No line is made the page's <title> or <h1>: a stored text starts wherever its store began
// (a skip link, a breadcrumb, the first question of a page 2), and lifting that line out of the body made the
// browser read another page than the CLI (three transcripts were ruled out in the browser that way).
// Self-contained (pages.mjs imports the host list from here).
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'fixtures', 'pages');
const read = (id, file) => fs.readFileSync(path.join(dir, id, file), 'utf8');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The non-empty lines of a source.txt, trimmed: the container's lines. */
function textLines(text) {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function pageFromText(text) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body><div id="content">
${textLines(text)
  .map((l) => `<p>${esc(l)}</p>`)
  .join('\n')}
</div></body></html>`;
}

/** Some source_url values carry a note after the address ("https://news.163.com/ (NetEase repost …)"). */
function address(meta) {
  const u = new URL(meta.source_url.trim().split(/\s+/)[0]);
  return { host: u.hostname, path: `${u.pathname}${u.search}` };
}

// Both browsers turn every http:// address on these hosts into https:// (HSTS preload): the loopback server serves
// their fixtures over HTTPS (lib/server.mjs).
const HTTPS_ONLY = ['zh.wikisource.org', 'hackmd.io'];
const host = (meta) => address(meta).host;

function load() {
  const ids = fs.readdirSync(dir).filter((id) => fs.existsSync(path.join(dir, id, 'expected.json')));
  const pages = ids.sort().map((id) => {
    const html = fs.existsSync(path.join(dir, id, 'source.html'));
    const expected = JSON.parse(read(id, 'expected.json'));
    return {
      id,
      ...address(JSON.parse(read(id, 'meta.json'))),
      press: expected.press === true,
      httpsOnly: HTTPS_ONLY.includes(host(JSON.parse(read(id, 'meta.json')))),
      questions: (expected.turns ?? []).filter((t) => t.kind === 'question').length,
      text: html ? null : read(id, 'source.txt'),
      html: () => (html ? read(id, 'source.html') : pageFromText(read(id, 'source.txt'))),
    };
  });
  // Two reposts give only the site's front page as their address: the query keeps them apart (hosts match as before).
  const seen = new Map();
  for (const p of pages) seen.set(`${p.host}${p.path}`, (seen.get(`${p.host}${p.path}`) ?? 0) + 1);
  for (const p of pages) {
    if (seen.get(`${p.host}${p.path}`) > 1) p.path += `${p.path.includes('?') ? '&' : '?'}fixture=${p.id}`;
  }
  return pages;
}

export const CORPUS = load();
export const CORPUS_HOSTS = [...new Set(CORPUS.map((p) => p.host))];
/** host + path (with query) → page, as the server looks pages up. */
export const CORPUS_BY_ADDRESS = new Map(CORPUS.map((p) => [`${p.host}${p.path}`, p]));
