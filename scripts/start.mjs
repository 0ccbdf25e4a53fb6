#!/usr/bin/env node
// `npm start`: build the extension and open it on the bundled sample briefing (the 2018-06-12 Shanghai press
// conference, served from localhost under its real host name). With a display, a Chromium window opens and stays
// until you close it or press Ctrl+C. Without one, it says so, runs headless and writes screenshots instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('bash', ['scripts/install-system-deps.sh']);
run('npx', ['wxt', 'build']);

const { launchChromium } = await import('../tests/e2e/lib/browsers.mjs');
const { inClosedRootChromium } = await import('../tests/e2e/lib/closed-root.mjs');
const { poll } = await import('../tests/e2e/lib/driver.mjs');
const { inControlCentre } = await import('../tests/e2e/lib/user-input.mjs');
const { startServer } = await import('../tests/e2e/lib/server.mjs');
const server = await startServer();
const url = server.url('seed');
const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (display) {
  const b = await launchChromium({ headless: false, extension: path.join(root, '.output', 'chrome-mv3') });
  const page = await b.context.newPage();
  await page.goto(url);
  console.log(`Briefing Reader is running in Chromium on ${url}\nClose the window or press Ctrl+C to stop.`);
  const stop = async () => {
    await b.context.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  b.context.on('close', stop);
  process.on('SIGINT', stop);
} else {
  const out = path.join(root, 'docs', 'screenshots');
  fs.mkdirSync(out, { recursive: true });
  console.log(`No display here: running Chromium headless and writing screenshots to ${path.relative(root, out)}/`);
  // The store build, as a user installs it: its reader is behind a closed root, which the page (and so
  // `page.evaluate`) cannot see; DevTools' protocol reads it, and the clicks are the real mouse's.
  const b = await launchChromium({ extension: path.join(root, '.output', 'chrome-mv3') });
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1100, height: 860 });
  await page.goto(url);
  const inReader = (fn, arg) => inClosedRootChromium(page, 'briefing-reader', fn, arg);
  const until = (fn, arg) => poll(() => inReader(fn, arg), Boolean, 15000);
  await until((r) => r.querySelector('section'));
  const shots = [];
  const save = async (p, name) => {
    const file = path.join(out, `${name}.png`);
    await p.screenshot({ path: file });
    shots.push(path.relative(root, file));
  };
  const click = async (label) => {
    const at = await inReader(inControlCentre, label);
    if (at) await page.mouse.click(at.x, at.y);
  };
  await save(page, 'reader');
  await click('简体');
  await until((r) => r.textContent.includes('长三角'));
  await inReader((r) => r.querySelector('#br-q-4')?.scrollIntoView());
  await save(page, 'script-switch');
  await click('Original');
  await until((r) => r.textContent.includes('長三角'));
  // Pinyin: hover 長 of 長三角 (read cháng here, on a Traditional page).
  await click('Pinyin');
  await until((r) =>
    [...r.querySelectorAll('button[aria-pressed="true"]')].some((x) => x.textContent.trim() === 'Pinyin'),
  );
  const at = await inReader((r) => {
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf('長三角');
      if (i < 0 || !n.parentElement?.closest('[data-turn]')) continue;
      n.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  if (at) {
    await page.mouse.move(at.x - 4, at.y);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await until((r) => r.querySelector('.br-pinyin-tip[data-card]'));
    await save(page, 'pinyin-tooltip');
  }
  await page.mouse.move(5, 5);
  await click('Pinyin');
  const tabId = await b.sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  const windowId = await b.sw.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.goto(b.extUrl(`sidepanel.html?window=${windowId}`));
  await b.sw.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
  await panel.waitForSelector('[data-figure-id]');
  await save(panel, 'figures-panel');
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
  await popup.waitForSelector('.pp-root');
  await save(popup, 'popup');
  await b.context.close();
  await server.close();
  console.log(`Wrote:\n  ${shots.join('\n  ')}`);
}
