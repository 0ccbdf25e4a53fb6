// Browser entry of the live sample (bundled by live-sample.ts): the real ReaderView with the real pinyin engine
// in an open shadow root, as the content script mounts it. Query string: ?ruby=all&tone=numbers&modifier=Alt.
import { render } from 'preact';
import { ReaderView } from '../../../../components/reader/ReaderView';
import { en } from '../../../../components/reader/strings';
import type { PinyinModifier, RubyMode } from '../../../../components/reader/types';
import { createPinyinCache } from '../../../../lib/pinyin/index';
import type { ToneStyle } from '../../../../lib/pinyin/syllable';
import { getConverter } from '../../../../lib/script/converters';
import type { Transcript } from '../../../../lib/transcript/types';

declare const SAMPLE: { transcript: Transcript; css: string };

const params = new URLSearchParams(location.search);
const host = document.getElementById('host')!;
const shadow = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = SAMPLE.css;
const mount = document.createElement('div');
shadow.append(style, mount);

const source = createPinyinCache();
const toSimplified = getConverter('t', 'cn');
const state = {
  ruby: (params.get('ruby') ?? 'off') as RubyMode,
  tone: (params.get('tone') ?? 'marks') as ToneStyle,
  modifier: (params.get('modifier') ?? 'none') as PinyinModifier,
};
const noop = () => {};

function draw() {
  render(
    <ReaderView
      transcript={SAMPLE.transcript}
      host="big5.eastday.com"
      strings={en}
      actions={{
        onScript: noop,
        onPinyin: noop,
        onFigures: noop,
        onClose: noop,
        onSaveQuote: (q) => ((window as unknown as { saved: unknown[] }).saved ??= []).push(q),
        onRuby: (mode) => {
          state.ruby = mode;
          draw();
        },
      }}
      settings={{ variant: 'original', pinyin: true, pageLang: 'zh-Hant', ruby: state.ruby }}
      pinyin={{ source, tone: state.tone, modifier: state.modifier, convertOther: toSimplified }}
    />,
    mount,
  );
}
draw();
document.documentElement.setAttribute('data-ready', '');
