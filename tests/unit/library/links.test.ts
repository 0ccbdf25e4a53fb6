import { describe, expect, it } from 'vitest';
import { sectionIdAt, sectionLink } from '../../../lib/library/links';
import type { LibrarySection } from '../../../lib/library/model';
import { sectionIds } from '../../../lib/transcript/section-ids';
import { fixtureTranscript, IDS } from './load';

const q = (number?: number): LibrarySection =>
  number === undefined ? { kind: 'exchange', turns: [] } : { kind: 'exchange', turns: [], number };
const opening: LibrarySection = { kind: 'opening', turns: [] };
const closing: LibrarySection = { kind: 'closing', turns: [] };

const CASES: [string, LibrarySection[]][] = [
  ...IDS.map((id): [string, LibrarySection[]] => [id, fixtureTranscript(id).sections]),
  ['numbers repeated', [opening, q(1), q(2), q(2), q(1), closing]],
  ['numbers missing, taken from the place', [q(), q(1), q(3), q(), closing, closing]],
  ['two openings and two closings', [opening, opening, q(1), closing, closing, q(1)]],
  ['no sections', []],
];

describe('sectionIdAt', () => {
  it.each(CASES)('gives each section of %s the id sectionIds gives it', (_, sections) => {
    const ids = sectionIds(sections);
    for (let i = 0; i <= sections.length; i++) expect(sectionIdAt(sections, i)).toBe(ids[i] ?? `br-s-${i}`);
  });

  it('links to the live page at the section, dropping the address’s own hash', () => {
    expect(sectionLink('https://example.gov.cn/a.html#top', 2, [opening, q(1), q(2)])).toBe(
      'https://example.gov.cn/a.html#br-q-2',
    );
  });
});
