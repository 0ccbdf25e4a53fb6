// A static server on loopback for the e2e pages. Answers by path, whatever host name the browser was told to
// resolve to 127.0.0.1, so each page is reached under its real site's name.
import http from 'node:http';
import { SITES } from './pages.mjs';

/** `pages`: more pages by host + path (with query), looked up first; any other path on their hosts answers 204
 *  (a stored page's relative images and styles, which the fixtures do not keep). */
export async function startServer({ pages } = {}) {
  const pageHosts = new Set([...(pages?.values() ?? [])].map((p) => p.host));
  const byPath = new Map(Object.values(SITES).map((s) => [s.path, s]));
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.headers.host}${url.pathname}`);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = pages?.get(`${hostname}${url.pathname}${url.search}`);
    if (page || (pages && pageHosts.has(hostname))) {
      if (!page) res.writeHead(204).end();
      else
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
          .end(page.html());
      return;
    }
    const site = byPath.get(url.pathname);
    if (!site) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(site.html());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    url: (name) => `http://${SITES[name].host}:${port}${SITES[name].path}`,
    pageUrl: (page) => `http://${page.host}:${port}${page.path}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
