// The element our shadow root hangs from, before the page's transcript container.
export const READER_HOST_TAG = 'briefing-reader';
/** What the page-level script switch leaves alone: our own UI shows its text already converted. */
export const READER_HOST_SELECTOR = READER_HOST_TAG;
