// The element our shadow root hangs from, before the page's transcript container. Its name is a custom-element
// name, and the page's registry decides what a custom-element name becomes: a page that defined `briefing-reader`
// first would have its own class run on our host (attaching its own shadow root, or removing itself). So before
// each mount the reader checks the name is still free and otherwise takes a random one the page cannot foresee.
// The two bindings below are `let` for that reason: they are read at mount time (features/view.tsx) and when the
// page's script switch starts (features/script.ts), always after `claimHostTag`.
export const READER_HOST_BASE = 'briefing-reader';

export let READER_HOST_TAG = READER_HOST_BASE;
/** What the page-level script switch leaves alone: our own UI shows its text already converted. */
export let READER_HOST_SELECTOR = READER_HOST_TAG;

/** Whether the page's registry has a definition for `name` (or breaks on creating it). */
export function preempted(doc: Document, name: string): boolean {
  try {
    // An element created from a defined name is upgraded at once; `:defined` says so in every world, including a
    // content script's, where `customElements` is not the page's registry.
    const probe = doc.createElement(name);
    return probe.matches(':defined') || probe.shadowRoot !== null || probe.childNodes.length > 0;
  } catch {
    return true;
  }
}

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** `base` while the page leaves it alone, else `base-<random>` (the notice and the toast use this too). */
export function freeName(doc: Document, base: string, suffix: () => string = randomSuffix): string {
  let name = base;
  // A random name is free unless the page guessed it; a few tries bound the loop all the same.
  for (let i = 0; i < 8 && preempted(doc, name); i++) name = `${base}-${suffix()}`;
  return name;
}

/** The name to mount under now: `briefing-reader` while the page leaves it alone, else a random one. */
export function claimHostTag(doc: Document, suffix: () => string = randomSuffix): string {
  if (preempted(doc, READER_HOST_TAG)) {
    READER_HOST_TAG = freeName(doc, READER_HOST_BASE, suffix);
    READER_HOST_SELECTOR = READER_HOST_TAG;
  }
  return READER_HOST_TAG;
}
