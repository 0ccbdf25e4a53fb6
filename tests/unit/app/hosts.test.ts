import { describe, expect, it } from 'vitest';
import { isKnownHost, KNOWN_HOSTS } from '../../../lib/hosts';

describe('known hosts', () => {
  it('the table is sorted and every row names its evidence', () => {
    const patterns = KNOWN_HOSTS.map((h) => h.pattern);
    expect(patterns).toEqual([...patterns].sort());
    for (const h of KNOWN_HOSTS) {
      expect(h.pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      expect(h.evidence.length).toBeGreaterThan(10);
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
});
