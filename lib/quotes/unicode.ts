// Well-formed UTF-16. A lone surrogate (half of a pair, as a cut string or a hand-edited file can hold) makes
// encodeURIComponent throw and is not text anywhere else; String.prototype.toWellFormed is missing on Node 20 and
// older browsers, so the check is written here.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const REPLACEMENT_CHARACTER = '\ufffd';

export function isWellFormed(value: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(value);
}

/** `value` with every lone surrogate replaced by U+FFFD; pairs are kept. */
export function toWellFormed(value: string): string {
  return isWellFormed(value) ? value : value.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER);
}
