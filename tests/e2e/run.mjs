#!/usr/bin/env node
// Real-browser tests: `node tests/e2e/run.mjs [--browser chromium|firefox]`. Runs node's test runner over the
// chosen browser's files one at a time (each launches its own browser; two at once would starve a 2-core machine).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
const i = process.argv.indexOf('--browser');
const which = i >= 0 ? process.argv[i + 1] : null;
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs') && (!which || f.startsWith(`${which}.`)))
  .sort()
  .map((f) => path.join(dir, f));
if (!files.length) {
  console.error(`no e2e test files for ${which ?? 'any browser'} in ${dir}`);
  process.exit(1);
}
const r = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-timeout=900000', '--test-reporter=tap', ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
