// The pipeline's verdict on every fixture page against its hand-made answer (expected.json `press`). The pages are
// listed by name, so a new page is added here on purpose; the list is checked against the folder.
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../../lib/transcript/index';
import { pageIds } from '../fixture-pages';
import { expected, loadSource } from './load';

const PAGES = [
  'hk-ce-20120703-tc',
  'hk-ce-20160621-tc',
  'hk-ce-20170228-sc',
  'hk-ce-20201111-tc',
  'hk-ceelect-20120412-sc',
  'hk-cs-20020628-sc',
  'hk-cs-20181228-tc',
  'hk-fs-20100327-sc',
  'hk-fs-20160226-sc',
  'hk-fs-budget-20150225-tc',
  'hk-sb-20170215-sc',
  'mfa-20161213-wenda',
  'mfa-20200428-oneline',
  'mfa-20210510-163html',
  'mfa-20220819-bilingual',
  'mfa-20221027-fmprc',
  'mod-20181130-kepu',
  'mod-20200827-81cn-p2',
  'mofcom-20220609-bilingual',
  'nbs-chinadaily-20150415',
  'neg-encyclopedic-mfa-spokesperson',
  'neg-gov-rules-zhenba-2024',
  'neg-hk-ce-lny-20220131-tc',
  'neg-hk-ce-speech-20180316-sc',
  'neg-hk-cs-statement-20050310-tc',
  'neg-interview-jincanrong-html',
  'neg-macau-aamacau-20131112-tc',
  'neg-macau-gcs-20200421-tc',
  'neg-mfa-listpage-html',
  'neg-mfa-speech-yangjiechi-html',
  'neg-nbs-release-20161019',
  'neg-news-scio-commentary-sc',
  'neg-tw-ly-interpellation-tc',
  'neg-tw-president-news-20250113-tc',
  'neg-udn-tao-news-20251016-tc',
  'neg-wikisource-mnd-pressrelease-tc',
  'scio-asean-20140722-tc',
  'scio-nbs-20190314-tc',
  'seed-shanghai-20180612-tc',
  'sg-pm-20150912-forum',
  'shanghai-20070531',
  'tao-20201216-taiwancn-tc',
  'tao-20230426-gwytb-tc',
  'tao-20230426-hnstb',
  'tw-mofa-20010115-tc',
  'tw-mofa-20230207-tc',
  'tw-president-20200122-hackmd',
  'wa-state-20190418-tc',
];

describe('analyzeSource: transcript or not, on every fixture page', () => {
  it('the list names every page in tests/fixtures/pages', () => {
    expect(PAGES).toEqual(pageIds());
  });

  it.each(PAGES)('%s', (id) => {
    const t = analyzeSource(loadSource(id));
    expect(t.press, t.reasons.join('; ')).toBe(expected(id).press);
  });
});
