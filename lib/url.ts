// The parts of an address the extension reads, without throwing on what is not one.

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The host name of a URL (lower case, no port), or the empty string when it is not one: the one meaning of "host" here. */
export function hostOf(url: string): string {
  return parseUrl(url)?.hostname ?? '';
}

/** The site as a person reads it in an address, with its port when it has one (big5.eastday.com:82): for display. */
export function siteOf(url: string): string {
  return parseUrl(url)?.host ?? '';
}
