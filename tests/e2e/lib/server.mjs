// A static server on loopback for the e2e pages, over HTTP and HTTPS. Answers by path, whatever host name the browser
// was told to resolve to 127.0.0.1, so each page is reached under its real site's name.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { SITES } from './pages.mjs';

// A self-signed certificate for the hosts the browsers reach only over HTTPS (HSTS preload): test-only, made once
// with openssl (see certs/README.md); the browsers are told to accept it (lib/browsers.mjs).
const certs = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'certs');
const TLS = {
  key: fs.readFileSync(path.join(certs, 'test-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'test-cert.pem')),
};

/** `pages`: more pages by host + path (with query), looked up first; any other path on their hosts answers 204
 *  (a stored page's relative images and styles, which the fixtures do not keep). */
export async function startServer({ pages } = {}) {
  const pageHosts = new Set([...(pages?.values() ?? [])].map((p) => p.host));
  const byPath = new Map(Object.values(SITES).map((s) => [s.path, s]));
  const requests = [];
  const handle = (req, res) => {
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
  };
  const server = http.createServer(handle);
  const secure = https.createServer(TLS, handle);
  const listen = (s) => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s.address().port)));
  const [port, httpsPort] = await Promise.all([listen(server), listen(secure)]);
  return {
    port,
    httpsPort,
    requests,
    url: (name) => `http://${SITES[name].host}:${port}${SITES[name].path}`,
    /** A corpus page's address: HTTPS for the hosts the browsers reach only that way. */
    pageUrl: (page) =>
      page.httpsOnly ? `https://${page.host}:${httpsPort}${page.path}` : `http://${page.host}:${port}${page.path}`,
    close: () => Promise.all([server, secure].map((s) => new Promise((resolve) => s.close(resolve)))),
  };
}
