export type TermKind = 'formula' | 'institution' | 'title' | 'place' | 'person' | 'outlet' | 'event';

/** Whose usage a rendering is. */
export type TermRegion = 'mainland' | 'hong-kong' | 'macao' | 'taiwan';

export type TermSourceId = 'fmprc' | 'govcn' | 'mod' | 'hk' | 'mo' | 'mac' | 'president' | 'ey' | 'mofa-tw' | 'cna';

export interface TermSource {
  /** The English site where the rendering is used. */
  url: string;
  /** Its publisher, in English, as the site names itself. */
  publisher: string;
  region: TermRegion;
}

export interface Term {
  simplified: string;
  traditional: string;
  english: string;
  kind: TermKind;
  region: TermRegion;
  source: TermSource;
}
