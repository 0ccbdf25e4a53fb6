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
const { startServer } = await import('../tests/e2e/lib/server.mjs');
const server = await startServer();
const url = server.url('seed');
const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (display) {
  const b = await launchChromium({ headless: false });
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
  const b = await launchChromium();
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1100, height: 860 });
  await page.goto(url);
  const inReader = (fn, arg) => page.evaluate(fn, arg);
  await page.waitForFunction(() => document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));
  const shots = [];
  const save = async (p, name) => {
    const file = path.join(out, `${name}.png`);
    await p.screenshot({ path: file });
    shots.push(path.relative(root, file));
  };
  const click = (label) =>
    inReader((l) => {
      const rootEl = document.querySelector('briefing-reader').shadowRoot;
      [...rootEl.querySelectorAll('button')].find((x) => x.textContent.trim() === l)?.click();
    }, label);
  await save(page, 'reader');
  await click('简体');
  await page.waitForTimeout(300);
  await inReader(() => {
    const rootEl = document.querySelector('briefing-reader').shadowRoot;
    rootEl.querySelector('#br-q-4')?.scrollIntoView();
  });
  await save(page, 'script-switch');
  await click('Original');
  await page.waitForTimeout(200);
  // Pinyin: hover 長 of 長三角 (read cháng here, on a Traditional page).
  await click('Pinyin');
  await page.waitForTimeout(600);
  const at = await inReader(() => {
    const rootEl = document.querySelector('briefing-reader').shadowRoot;
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf('長三角');
      if (i < 0 || !n.parentElement?.closest('[data-turn]')) continue;
      n.parentElement.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  if (at) {
    await page.mouse.move(at.x - 4, at.y);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await page
      .waitForFunction(
        () => document.querySelector('briefing-reader').shadowRoot.querySelector('.br-pinyin-tip'),
        null,
        {
          timeout: 5000,
        },
      )
      .catch(() => {});
    await save(page, 'pinyin-tooltip');
  }
  await page.mouse.move(5, 5);
  await click('Pinyin');
  await page.waitForTimeout(200);
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
  await popup.waitForTimeout(600);
  await save(popup, 'popup');
  await b.context.close();
  await server.close();
  console.log(`Wrote:\n  ${shots.join('\n  ')}`);
}
