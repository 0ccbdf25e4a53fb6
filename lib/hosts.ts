// The sites we know, in one table sorted by name; every row names the page that justifies it. `detector` rows are
// where the always-on detector runs (the manifest's content script and host access): everything else is reached
// through activeTab when the user asks. `hint` rows are detection evidence in the engine ("host: …"), never enough
// alone. Patterns are WebExtension match patterns, matched by @webext-core/match-patterns as the browser does.
import { MatchPattern } from '@webext-core/match-patterns';
import { parseUrl } from './url';

export interface KnownSite {
  name: string;
  matches: readonly string[];
  detector: boolean;
  hint: boolean;
  /** Why it is here: a fixture (tests/fixtures/pages/<id>) or a public page it serves. */
  evidence: string;
}

export const KNOWN_SITES: readonly KnownSite[] = [
  {
    name: 'Big5 gateway',
    matches: ['*://*/gate/big5/*'],
    detector: false,
    hint: true,
    evidence: 'seed-shanghai-20180612-tc, scio-asean-20140722-tc',
  },
  {
    name: 'big5.eastday.com',
    matches: ['*://big5.eastday.com/*'],
    detector: true,
    hint: false,
    evidence: 'seed-shanghai-20180612-tc (Big5 gateway of shio.gov.cn)',
  },
  {
    name: 'fmprc / mfa',
    matches: ['*://*.fmprc.gov.cn/*', '*://*.mfa.gov.cn/*'],
    detector: false,
    hint: true,
    evidence: 'mfa-20221027-fmprc',
  },
  {
    name: 'gov.cn',
    matches: ['*://*.gov.cn/*'],
    detector: true,
    hint: true,
    evidence: 'scio-nbs-20190314-tc (big5.www.gov.cn), tao-20230426-gwytb-tc, mfa-20221027-fmprc, shanghai-20070531',
  },
  {
    name: 'gov.hk',
    matches: ['*://*.gov.hk/*'],
    detector: true,
    hint: false,
    evidence: 'hk-ce-20120703-tc, hk-ce-20160621-tc (info.gov.hk), hk-fs-20160226-sc (sc.isd.gov.hk)',
  },
  {
    name: 'gwytb',
    matches: ['*://*.gwytb.gov.cn/*'],
    detector: false,
    hint: true,
    evidence: 'tao-20230426-gwytb-tc',
  },
  {
    name: 'info.gov.hk',
    matches: ['*://*.info.gov.hk/*', '*://*.isd.gov.hk/*'],
    detector: false,
    hint: true,
    evidence: 'hk-ce-20120703-tc, hk-fs-20160226-sc',
  },
  {
    name: 'scio',
    matches: ['*://*.scio.gov.cn/*', '*://*.china.org.cn/*'],
    detector: false,
    hint: true,
    evidence: 'scio-nbs-20190314-tc',
  },
  {
    name: 'shio.eastday.com',
    matches: ['*://shio.eastday.com/*'],
    detector: true,
    hint: false,
    evidence: 'seed-shanghai-20180612-tc (the Simplified original behind the gateway)',
  },
];

/** Where the always-on detector runs: the manifest's content-script matches. */
export const KNOWN_HOST_PATTERNS: string[] = KNOWN_SITES.filter((s) => s.detector).flatMap((s) => [...s.matches]);

// Compiled on first use: the always-on detector imports this module's neighbours, not the matcher.
let compiled: { site: KnownSite; patterns: MatchPattern[] }[] | null = null;

function sitesOf(url: string): KnownSite[] {
  const u = parseUrl(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return [];
  compiled ??= KNOWN_SITES.map((site) => ({ site, patterns: site.matches.map((m) => new MatchPattern(m)) }));
  // A string, not the URL: the matcher tests `instanceof Location`, and a service worker has no `Location`.
  return compiled.filter(({ patterns }) => patterns.some((p) => p.includes(u.href))).map(({ site }) => site);
}

/** Does a URL fall under the detector's patterns? */
export function isKnownHost(url: string): boolean {
  return sitesOf(url).some((s) => s.detector);
}

/** The first site in the table whose patterns hold the URL and that counts as detection evidence. */
export function hostHint(url: string): string | null {
  return sitesOf(url).find((s) => s.hint)?.name ?? null;
}

export { hostOf, siteOf } from './url';
