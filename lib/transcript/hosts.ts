// Hosts and URL shapes that publish press-conference transcripts (detection evidence, never enough alone).
// Sorted by name; each row names a fixture from that site.

export interface HostHint {
  name: string;
  re: RegExp;
}

export const HOST_HINTS: readonly HostHint[] = [
  { name: 'Big5 gateway', re: /\/gate\/big5\//i }, // seed-shanghai-20180612-tc, scio-asean-20140722-tc
  { name: 'fmprc / mfa', re: /^https?:\/\/[^/]*\b(?:fmprc|mfa)\.gov\.cn(?::\d+)?\//i }, // mfa-20221027-fmprc
  { name: 'gov.cn', re: /^https?:\/\/[^/]*\.gov\.cn(?::\d+)?\//i }, // tao-20230426-gwytb-tc, shanghai-20070531
  { name: 'gwytb', re: /^https?:\/\/[^/]*\bgwytb\.gov\.cn(?::\d+)?\//i }, // tao-20230426-gwytb-tc
  { name: 'info.gov.hk', re: /^https?:\/\/[^/]*\b(?:info|isd)\.gov\.hk(?::\d+)?\//i }, // hk-ce-20120703-tc, hk-fs-20160226-sc
  { name: 'scio', re: /^https?:\/\/[^/]*\b(?:scio\.gov\.cn|china\.org\.cn)(?::\d+)?\//i }, // scio-nbs-20190314-tc
];
