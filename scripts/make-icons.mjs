#!/usr/bin/env node
// Draws the extension icon (public/icon/<size>.png, which WXT puts in the manifest) with headless Chromium from one
// SVG, so every size comes from the same drawing. Run after changing the design: `node scripts/make-icons.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SIZES = [16, 32, 48, 96, 128];
// A speech bubble (a press conference is people talking) holding 问, on the reader's blue.
const svg = (size) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#2f5d8a"/>
  <path d="M30 30h68a10 10 0 0 1 10 10v38a10 10 0 0 1-10 10H62l-20 16v-16H30a10 10 0 0 1-10-10V40a10 10 0 0 1 10-10z" fill="#fff"/>
  <text x="64" y="74" text-anchor="middle" font-size="${size < 32 ? 52 : 44}" font-weight="700"
    font-family="Noto Sans CJK SC, Noto Sans CJK, sans-serif" fill="#2f5d8a">问</text>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
fs.mkdirSync(path.join(root, 'public', 'icon'), { recursive: true });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  await page.screenshot({ path: path.join(root, 'public', 'icon', `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
