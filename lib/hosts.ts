// Where the always-on detector runs. One sorted table; every row names the page that justifies it. Everything
// else is reached through activeTab when the user asks (toolbar button, popup, shortcut).

export interface KnownHost {
  /** A WebExtension match pattern. */
  pattern: string;
  /** Why it is here: a fixture (tests/fixtures/pages/<id>) or a public page it serves. */
  evidence: string;
}

export const KNOWN_HOSTS: readonly KnownHost[] = [
  {
    pattern: '*://*.gov.cn/*',
    evidence: 'scio-nbs-20190314-tc (big5.www.gov.cn), tao-20230426-gwytb-tc, mfa-20221027-fmprc, shanghai-20070531',
  },
  {
    pattern: '*://*.gov.hk/*',
    evidence: 'hk-ce-20120703-tc, hk-ce-20160621-tc (info.gov.hk), hk-fs-20160226-sc (sc.isd.gov.hk)',
  },
  { pattern: '*://big5.eastday.com/*', evidence: 'seed-shanghai-20180612-tc (Big5 gateway of shio.gov.cn)' },
  {
    pattern: '*://shio.eastday.com/*',
    evidence: 'seed-shanghai-20180612-tc (the Simplified original behind the gateway)',
  },
];

export const KNOWN_HOST_PATTERNS: string[] = KNOWN_HOSTS.map((h) => h.pattern);

/** Does a URL fall under one of the known patterns? (Same semantics as match patterns: scheme http/https, any port.) */
export function isKnownHost(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  return KNOWN_HOSTS.some(({ pattern }) => hostMatches(pattern, u.hostname));
}

function hostMatches(pattern: string, hostname: string): boolean {
  const host = pattern.split('://')[1]?.split('/')[0] ?? '';
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}

/** The host name of a URL, or '' when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
