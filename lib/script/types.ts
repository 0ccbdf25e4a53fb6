export type Script = 'hans' | 'hant' | 'mixed';
/** Reading variants the user can pick. 'original' shows the page as published. */
export type Variant = 'original' | 'hans' | 'tw' | 'hk';
