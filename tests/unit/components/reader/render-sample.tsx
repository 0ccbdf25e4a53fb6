// Renders the seed transcript with the reader's CSS into a standalone HTML file for looking at in a browser:
//   npx tsx tests/unit/components/reader/render-sample.tsx /tmp/reader-sample.html [collapsed] [zh_TW] [ruby|pinyin]
// `pinyin` renders with the pinyin engine (toggles shown), `ruby` also with pinyin above the whole transcript.
// For the hover tooltip, which needs a real layout, see live-sample.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const out = process.argv[2] ?? '/tmp/reader-sample.html';
const collapsed = process.argv.includes('collapsed');
const ruby = process.argv.includes('ruby');
const withPinyin = ruby || process.argv.includes('pinyin');
const locale = process.argv.includes('zh_TW') ? 'zh_TW' : process.argv.includes('zh_CN') ? 'zh_CN' : 'en';

const window = new Window();
Object.assign(globalThis, { window, document: window.document });

const { h, render } = await import('preact');
const { ReaderView } = await import('../../../../components/reader/ReaderView');
const { readerStringTables } = await import('../../../../components/reader/strings');
const { transcriptFrom } = await import('./sample');
const { createPinyinCache } = await import('../../../../lib/pinyin/index');

const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');
const container = window.document.createElement('div');
const noop = () => {};
render(
  h(ReaderView, {
    transcript,
    host: 'big5.eastday.com',
    strings: readerStringTables[locale],
    actions: { onScript: noop, onPinyin: noop, onFigures: noop, onClose: noop, onSaveQuote: noop },
    settings: {
      variant: 'original',
      pinyin: withPinyin,
      pageLang: 'zh-Hant',
      startCollapsed: collapsed,
      ruby: ruby ? 'all' : 'off',
    },
    pinyin: withPinyin ? { source: createPinyinCache(), tone: 'marks', modifier: 'none' } : null,
    focusRange: { turn: 5, start: 0, end: 0 },
  }),
  container as unknown as Element,
);
const css = readFileSync(fileURLToPath(new URL('../../../../components/reader/reader.css', import.meta.url)), 'utf8');
const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>html,body{margin:0}</style></head><body><div id="host"></div><template id="t">${container.getHTML()}</template>
<script>const root=document.getElementById('host').attachShadow({mode:'open'});
const style=document.createElement('style');style.textContent=${JSON.stringify(css)};root.appendChild(style);
root.appendChild(document.getElementById('t').content.cloneNode(true));</script></body></html>`;
writeFileSync(out, html);
console.log(`wrote ${out} (${html.length} chars)`);
window.close();
