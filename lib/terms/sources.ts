// The English sites the terms' renderings come from: each government's (or outlet's) own.
import type { TermSource, TermSourceId } from './types';

export const TERM_SOURCES: Readonly<Record<TermSourceId, TermSource>> = {
  fmprc: {
    url: 'https://www.fmprc.gov.cn/eng/',
    publisher: "Ministry of Foreign Affairs of the People's Republic of China",
    region: 'mainland',
  },
  govcn: {
    url: 'https://english.www.gov.cn/',
    publisher: "The State Council of the People's Republic of China",
    region: 'mainland',
  },
  mod: {
    url: 'http://eng.mod.gov.cn/',
    publisher: "Ministry of National Defense of the People's Republic of China",
    region: 'mainland',
  },
  hk: {
    url: 'https://www.info.gov.hk/gia/',
    publisher: 'Hong Kong SAR Government press releases',
    region: 'hong-kong',
  },
  mo: { url: 'https://www.gov.mo/en/', publisher: 'Macao SAR Government Portal', region: 'macao' },
  mac: { url: 'https://www.mac.gov.tw/en/', publisher: 'Mainland Affairs Council', region: 'taiwan' },
  president: { url: 'https://english.president.gov.tw/', publisher: 'Office of the President', region: 'taiwan' },
  ey: { url: 'https://english.ey.gov.tw/', publisher: 'Executive Yuan', region: 'taiwan' },
  'mofa-tw': { url: 'https://en.mofa.gov.tw/', publisher: 'Ministry of Foreign Affairs (Taiwan)', region: 'taiwan' },
  cna: { url: 'https://focustaiwan.tw/', publisher: 'Focus Taiwan (Central News Agency)', region: 'taiwan' },
};
