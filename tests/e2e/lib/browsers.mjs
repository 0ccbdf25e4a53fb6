// Launch the built extension in the real browsers, headless, with every outside host unreachable.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { HOSTS } from './pages.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
export const SHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
export const FIREFOX_UUID = '5f1c0b1e-7a2d-4c1e-9a55-b81efc0ffee1';

function need(file, envName, pkg) {
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: install Debian's ${pkg} (apt-get install ${pkg}) or set ${envName}.`);
  }
  return file;
}

/**
 * The browser tests' own build (`wxt build --mode e2e`): the store build but for the reader's shadow root, left open
 * so the tests can read what the user sees. The packages tests load the store packages themselves.
 */
export const TEST_BUILD = { chrome: 'chrome-mv3-e2e', firefox: 'firefox-mv2-e2e' };

function buildDir(name) {
  const dir = path.join(ROOT, '.output', name);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    const firefox = name.startsWith('firefox') ? ' -b firefox' : '';
    const mode = name.endsWith('-e2e') ? ' --mode e2e' : '';
    throw new Error(`${dir} has no build: run \`npx wxt build${firefox}${mode}\` first.`);
  }
  return dir;
}

/** The store package of a target (`npm run zip`), unpacked to a temporary folder when `unpack` is set. */
/** Where a request may go during the tests: our loopback server (under the sites' real names), the extension itself. */
export function isLocalRequest(url) {
  if (/^(chrome-extension|moz-extension|data|blob|about):/.test(url)) return true;
  try {
    const u = new URL(url);
    return HOSTS.includes(u.hostname) || u.hostname === '127.0.0.1' || u.hostname === 'localhost';
  } catch {
    return false;
  }
}

export function packagePath(target, { unpack = false } = {}) {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const zip = path.join(ROOT, '.output', `briefing-reader-${version}-${target}.zip`);
  if (!fs.existsSync(zip)) throw new Error(`${zip} not found: run \`npm run zip\` first.`);
  if (!unpack) return zip;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `br-${target}-`));
  const r = spawnSync('python3', ['-m', 'zipfile', '-e', zip, dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`could not unpack ${zip}: ${r.stderr}`);
  return dir;
}

export async function launchChromium({ userDataDir, headless = true, extension } = {}) {
  const exe = need(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'CHROMIUM_PATH', 'chromium');
  const ext = extension ?? buildDir(TEST_BUILD.chrome);
  const dir = userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'br-chromium-'));
  const map = HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: exe,
    headless,
    viewport: { width: 1200, height: 900 },
    // The loopback HTTPS server's certificate is self-signed (tests/e2e/certs/README.md).
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=${map}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
    ],
  });
  // Nothing may leave the browser: every request of every page and of the service worker is checked.
  const outsideRequests = [];
  context.on('request', (r) => {
    if (!isLocalRequest(r.url())) outsideRequests.push(r.url());
  });
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const id = new URL(sw.url()).host;
  return { context, sw, id, userDataDir: dir, outsideRequests, extUrl: (p) => `chrome-extension://${id}/${p}` };
}

export function geckoId() {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir(TEST_BUILD.firefox), 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** `prefs`: more Firefox preferences for one test file. */
export async function launchFirefox({ build = TEST_BUILD.firefox, userDataDir, extension, prefs = {} } = {}) {
  const exe = need(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'FIREFOX_PATH', 'firefox-esr');
  const ext = extension ?? buildDir(build);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    headless: true,
    executablePath: exe,
    userDataDir,
    defaultViewport: { width: 1200, height: 900 },
    // The loopback HTTPS server's certificate is self-signed (tests/e2e/certs/README.md).
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: FIREFOX_UUID }),
      'network.dns.localDomains': ['firefox.settings.services.mozilla.com', 'dummy.test', ...HOSTS].join(','),
      'extensions.autoDisableScopes': 0,
      ...prefs,
    },
  });
  await browser.installExtension(ext);
  // Nothing may leave the browser: every request of every page the tests open is checked.
  const outsideRequests = [];
  const watch = (page) =>
    page?.on('request', (r) => {
      if (!isLocalRequest(r.url())) outsideRequests.push(r.url());
    });
  for (const page of await browser.pages()) watch(page);
  browser.on('targetcreated', (t) => void t.page().then(watch, () => {}));
  return { browser, outsideRequests, extUrl: (p) => `moz-extension://${FIREFOX_UUID}/${p}` };
}

/** Firefox extension pages: page.goto never resolves under BiDi, so start it and wait for the document instead. */
export async function gotoExtensionPage(page, url) {
  page.goto(url, { timeout: 0 }).catch(() => {});
  // The wait may start in the old document; when the navigation replaces it, puppeteer abandons the wait
  // ("Waiting failed"), so wait again in the new document until the deadline.
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      await page.waitForFunction(
        (u) => location.href === u && document.readyState === 'complete',
        { timeout: 10000 },
        url,
      );
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export function shot(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, `${name}.png`);
}
