// opencc-js and our conversion layer, injected only when a reader first switches script.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { getConverter } from '@/lib/script/converters';
import { createScriptSwitcher } from '@/lib/script/dom';
import { createConversion } from '@/lib/script/conversion';
import { registerEngine } from '../shared/engines';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    registerEngine('script', { createConversion, createScriptSwitcher, getConverter });
  },
});
