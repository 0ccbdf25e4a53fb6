// @vitest-environment node
// In Node, as in the service worker, there is no `Location` global (docs/browser-quirks.md).
import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { hostHint, isKnownHost, KNOWN_SITES } from '../../../lib/hosts';

describe('known hosts', () => {
  it('the table is sorted by name, every pattern is a valid match pattern and every row is used', () => {
    const names = KNOWN_SITES.map((s) => s.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    for (const s of KNOWN_SITES) {
      for (const m of s.matches) expect(() => new MatchPattern(m)).not.toThrow();
      expect(s.detector || s.hint).toBe(true);
    }
  });

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

  it.each([
    ['http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-03-14/content_5373631.htm', 'Big5 gateway'],
    ['https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/default.shtml', 'fmprc / mfa'],
    ['http://www.gwytb.gov.cn/xwdt/xwfb/wyly/202304/t20230426_12530443.htm', 'gov.cn'],
    ['http://www.info.gov.hk/gia/general/201606/21/P201606210269.htm', 'info.gov.hk'],
    ['http://www.scio.gov.cn/xwfbh/xwbfbh/wqfbh/39595/40081/index.htm', 'gov.cn'],
    ['http://www.china.org.cn/chinese/2014-07/22/content_33018870.htm', 'scio'],
    ['http://big5.eastday.com:82/sh/xwb/u1ai17604.html', null],
    ['https://udn.com/news/story/7331/9072962', null],
  ])('%s is detection evidence: %s', (url, hint) => {
    expect(hostHint(url)).toBe(hint);
  });
});
