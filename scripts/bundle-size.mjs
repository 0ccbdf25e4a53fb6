#!/usr/bin/env node
// Bundle-size budget: every script the manifest runs by itself (content_scripts: on every known-host page) must stay
// ≤ 30 KB; the pinyin engine ≤ 1 MB (it is parsed in one task when pinyin is first turned on, and reads Traditional
// text through the script engine's converter: opencc's dictionaries in it would be a second copy); everything else
// is reported. Reads the chrome-mv3 build; run after `wxt build`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '.output', 'chrome-mv3');
if (!fs.existsSync(out)) {
  console.error(`${out} not found: run \`npx wxt build\` first.`);
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
const alwaysOn = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
if (alwaysOn.length === 0) {
  console.error('the manifest lists no content script: the detector is missing from the build.');
  process.exit(1);
}
const BUDGETS = {
  ...Object.fromEntries(alwaysOn.map((js) => [js.replace(/^\//, ''), 30 * 1024])),
  'content-scripts/pinyin-engine.js': 1024 * 1024,
};
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(js|css|html)$/.test(e.name)) files.push(p);
  }
};
walk(out);
let failed = false;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const f of files.sort()) {
  const rel = path.relative(out, f);
  const buf = fs.readFileSync(f);
  const budget = BUDGETS[rel];
  const over = budget !== undefined && buf.length > budget;
  failed ||= over;
  const note = budget === undefined ? '' : over ? `  OVER budget ${kb(budget)}` : `  within budget ${kb(budget)}`;
  console.log(
    `${rel.padEnd(48)} ${kb(buf.length).padStart(10)}  gzip ${kb(zlib.gzipSync(buf).length).padStart(9)}${note}`,
  );
}
process.exit(failed ? 1 : 0);
