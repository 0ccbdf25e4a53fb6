// The e2e pages (tests/e2e/lib/pages.mjs SITES) plus long generated transcripts, served on loopback and answered by
// path whatever host name the browser resolved to 127.0.0.1, so host matching runs as on the real site.
import http from 'node:http';
import { SITES } from '../../tests/e2e/lib/pages.mjs';
import { buildTranscript } from './transcript.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The seed page's shape (eastday Big5 gateway: a <p> per paragraph in #ivs_content) around a long transcript. */
function eastdayPage(text) {
  const [, title, ...rest] = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const body = rest.map((l) => `<p style="text-indent:2em">${esc(l)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>${esc(title ?? '')}</title>
<style>body{font:14px/1.6 sans-serif;margin:0}</style></head>
<body><div id="nav"><a href="/">首頁</a><a href="/xwb">新聞發佈</a></div>
<table width="960" align="center"><tr><td class="content"><h2>${esc(title ?? '')}</h2>
<div id="ivs_content">${body}</div><div class="share">分享按鈕</div></td></tr></table>
<div id="footer">來源:上海市人民政府新聞辦公室 | 版權所有</div></body></html>`;
}

/** Generated pages, on the seed's host. */
export function benchSites() {
  const big = buildTranscript(200_000);
  const html = eastdayPage(big);
  return {
    big200k: {
      host: SITES.seed.host,
      path: '/gate/big5/shio.eastday.com/sh/xwb/bench/transcript-200k.html',
      chars: big.length,
      html: () => html,
    },
  };
}

export async function startBenchServer() {
  const sites = { ...SITES, ...benchSites() };
  const byPath = new Map(Object.values(sites).map((s) => [s.path, s]));
  const server = http.createServer((req, res) => {
    const site = byPath.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!site) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(site.html());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    sites,
    url: (name) => `http://${sites[name].host}:${port}${sites[name].path}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
