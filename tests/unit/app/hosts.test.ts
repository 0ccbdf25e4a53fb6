import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { isKnownHost, KNOWN_HOSTS } from '../../../lib/hosts';
import { pageIds, readPageJson } from '../fixture-pages';

const ids = pageIds();

/** Where a page came from: its URL, and for a Big5 gateway copy the original page behind it. */
function origins(id: string): string[] {
  const url = readPageJson<{ source_url: string }>(id, 'meta.json').source_url;
  const behind = /\/gate\/big5\/(.+)$/.exec(url)?.[1];
  return behind ? [url, `http://${behind}`] : [url];
}

describe('known hosts', () => {
  it('the table is sorted, one match pattern a row', () => {
    const patterns = KNOWN_HOSTS.map((h) => h.pattern);
    expect(patterns).toEqual([...patterns].sort());
    for (const h of KNOWN_HOSTS) expect(h.pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  // The evidence is the fixture pages a row names: they must exist, and the row must match where one came from.
  it.each(KNOWN_HOSTS.map((h) => [h.pattern, h.evidence] as const))(
    '%s: its evidence pages come from it',
    (pattern, evidence) => {
      const named = evidence.match(/\b[a-z]+(?:-[a-z0-9]+){2,}\b/g) ?? [];
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((id) => !ids.includes(id))).toEqual([]);
      const from = named.flatMap(origins).filter((url) => new MatchPattern(pattern).includes(url));
      expect(from.length, `none of ${named.join(', ')} was served from ${pattern}`).toBeGreaterThan(0);
      for (const url of from) expect(isKnownHost(url)).toBe(true);
    },
  );

  it.each([
    ['http://big5.eastday.com:82/gate/big5/shio.eastday.com/sh/xwb/n790/u1ai17604.html', true],
    ['http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-03-14/content_5373631.htm', true],
    ['https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/default.shtml', true],
    ['https://gov.cn/', true],
    ['http://www.info.gov.hk/gia/general/201606/21/P201606210269.htm', true],
    ['http://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201602/26/P201602260253.htm', true],
    ['https://udn.com/news/story/7331/9072962', false],
    ['https://notgov.cn.example.com/', false],
    ['https://evilgov.cn/', false],
    ['ftp://www.gov.cn/', false],
    ['not a url', false],
  ])('%s → %s', (url, known) => {
    expect(isKnownHost(url)).toBe(known);
  });
});
