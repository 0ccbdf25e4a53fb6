// The status the popup and badge show, from the engine's verdict on real fixture pages and from the detector's.
import { describe, expect, it } from 'vitest';
import { rejectedStatus, statusOf } from '../../../lib/page-status';
import { analyzeSource } from '../../../lib/transcript/index';
import { expected, loadSource } from '../transcript/load';

describe('statusOf', () => {
  it.each([
    ['seed-shanghai-20180612-tc', 'http://big5.eastday.com/gate/big5/shio.eastday.com/sh/xwb/u1ai135.html'],
    ['mfa-20221027-fmprc', 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/202210/t20221027.shtml'],
    ['neg-gov-rules-zhenba-2024', 'https://www.zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c.shtml'],
  ])('%s: press, title and date as expected.json has them', (id, url) => {
    const want = expected(id);
    const s = statusOf(analyzeSource(loadSource(id)), url);
    expect(s.press).toBe(want.press);
    expect(s.host).toBe(new URL(url).hostname);
    if (want.press) {
      expect(s.title).toBe(want.title);
      expect(s.date).toBe(want.date);
      expect(s.questions).toBeGreaterThan(0);
    } else {
      expect(s.questions).toBe(0);
    }
    expect(s).toMatchObject({ readerOpen: false, variant: 'original', script: null, pinyin: false });
  });
});

describe('rejectedStatus', () => {
  it.each([
    [
      'a titled page',
      'https://www.zb.gov.cn/a.shtml',
      '镇巴县人民政府关于印发规则的通知',
      '镇巴县人民政府关于印发规则的通知',
    ],
    ['an untitled page', 'https://www.info.gov.hk/gia/general/index.htm', '', null],
    ['a page whose URL does not parse', 'not a url', 'x', 'x'],
  ])('%s', (_name, url, title, shownTitle) => {
    const s = rejectedStatus(url, title);
    expect(s.press).toBe(false);
    expect(s.title).toBe(shownTitle);
    expect(s.host).toBe(url.startsWith('http') ? new URL(url).hostname : '');
    expect(s.reasons).toHaveLength(1);
    expect(s.questions).toBe(0);
    expect(s.readerOpen).toBe(false);
  });
});
