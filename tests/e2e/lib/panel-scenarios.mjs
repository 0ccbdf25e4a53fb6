// Figures side panel scenarios (issue 7), run in both browsers. The panel page is opened as a tab that follows the
// active tab of the test window (`sidepanel.html?window=N`), as the real side panel follows its window's tab.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, shot } from './browsers.mjs';
import { settled } from './driver.mjs';

const hasSections = () => Boolean(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));

/** The engine's figures for a fixture, from the same `analyze` command users run. */
export function engineFigures(fixture) {
  const file = path.join(ROOT, 'tests', 'fixtures', 'pages', fixture, 'source.txt');
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`analyze failed: ${r.stderr}`);
  return JSON.parse(r.stdout).figures;
}

/** RFC 4180 CSV with a BOM, as the panel exports it. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell || row.length) endRow();
  return rows;
}

function panelState() {
  const figs = [...document.querySelectorAll('[data-figure-id]')].map((el) => ({
    id: Number(el.getAttribute('data-figure-id')),
    text: el.querySelector('.brp-fig-text')?.textContent.trim(),
    sentence: el.querySelector('.brp-fig-sentence')?.textContent ?? '',
  }));
  return {
    figs,
    count: document.querySelector('.brp-count')?.textContent ?? '',
    title: document.querySelector('.brp-title')?.textContent ?? '',
  };
}

export async function figuresPanel({ d, openPanel, ext, browserName }) {
  await d.goto(d.url('seed'));
  await d.waitFor(hasSections);
  const seedUrl = await d.evaluate(() => location.href);
  const { windowId, tabId } = await ext(async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const t = (await api.tabs.query({})).find((x) => x.url === u);
    return { windowId: t.windowId, tabId: t.id };
  }, seedUrl);
  const panel = await openPanel(`sidepanel.html?window=${windowId}`);
  await ext(async (id) => (globalThis.browser ?? globalThis.chrome).tabs.update(id, { active: true }), tabId);
  await panel.waitFor(() => document.querySelectorAll('[data-figure-id]').length > 0, undefined, 20000);

  // The list equals the engine's figures for the page (dates are off by default).
  const engine = engineFigures('seed-shanghai-20180612-tc');
  let state = await panel.evaluate(panelState);
  const shownTexts = state.figs.map((f) => f.text).sort();
  assert.deepEqual(
    shownTexts,
    engine
      .filter((f) => f.kind !== 'date')
      .map((f) => f.text)
      .sort(),
  );
  await panel.screenshot(shot(`${browserName}-panel-seed`));

  // Filters: the dates chip adds the dates; search narrows.
  const dates = engine.filter((f) => f.kind === 'date').length;
  await panel.evaluate(() => {
    const chip = [...document.querySelectorAll('.brp-filters button, .brp-filters input')].find((b) =>
      /date/i.test(b.textContent + (b.getAttribute('aria-label') ?? '') + (b.value ?? '')),
    );
    chip.click();
  });
  state = await settled(panel, panelState, undefined, (x) => x.figs.length === shownTexts.length + dates);
  assert.equal(state.figs.length, shownTexts.length + dates, 'dates shown after the chip');
  await panel.evaluate(() => {
    const input = document.querySelector('.brp-filters input[type="search"]');
    input.value = '億';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  state = await settled(panel, panelState, undefined, (x) => x.figs.every((f) => f.sentence.includes('億')));
  assert.ok(state.figs.length > 0 && state.figs.length < shownTexts.length + dates, 'search narrows the list');
  assert.ok(
    state.figs.every((f) => f.sentence.includes('億')),
    'search 億 keeps figures whose sentence has 億',
  );
  const target = state.figs[0];

  // Export CSV of what is shown and parse it back.
  const csv = await panel.evaluate(async () => {
    let captured = null;
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      captured = blob;
      return original.call(URL, blob);
    };
    const button = [...document.querySelectorAll('button')].find((b) => /CSV/.test(b.textContent));
    button.click();
    // The file is made once the click is handled: wait for it (at most 5 s), not for a fixed time.
    for (const end = Date.now() + 5000; !captured && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
    URL.createObjectURL = original;
    return captured ? await captured.text() : null;
  });
  assert.ok(csv, 'a CSV file was produced');
  const rows = parseCsv(csv);
  const header = rows[0];
  const fig = header.findIndex((h) => /figure/i.test(h));
  assert.deepEqual(
    rows
      .slice(1)
      .map((r) => r[fig])
      .sort(),
    state.figs.map((f) => f.text).sort(),
  );

  // Click a figure: the reader scrolls to it and marks it.
  await panel.evaluate((id) => document.querySelector(`[data-figure-id="${id}"]`).click(), target.id);
  await d.waitFor((text) => {
    const root = document.querySelector('briefing-reader')?.shadowRoot;
    const mark = [...(root?.querySelectorAll('mark') ?? [])].find((m) =>
      m.textContent.includes(text.replace(/[近约約多余餘]/g, '').slice(0, 2)),
    );
    if (!mark) return false;
    const r = mark.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, target.text);
  await d.screenshot(shot(`${browserName}-panel-reveal`));

  // A second tab: the list is replaced.
  const second = await openPanelTarget(d, ext, d.url('mfa'));
  await panel.waitFor((t) => document.querySelector('.brp-title')?.textContent.includes(t), '毛宁', 20000);
  state = await panel.evaluate(panelState);
  assert.ok(!state.figs.some((f) => f.text.includes('億')), 'no figure of the first tab remains');
  await second.close();
}

async function openPanelTarget(d, ext, url) {
  const page = await d.newPage();
  await page.goto(url);
  await page.waitFor(hasSections);
  await ext(async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const t = (await api.tabs.query({})).find((x) => x.url === u);
    await api.tabs.update(t.id, { active: true });
  }, url);
  return page;
}
