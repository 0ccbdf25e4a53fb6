// Real fixture pages read through the engine and kept as the reader keeps them (captureTranscript).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../../../lib/figures/index';
import { captureTranscript } from '../../../lib/library/capture';
import type { LibraryTranscript } from '../../../lib/library/model';
import { detectScript } from '../../../lib/script/detect';
import { analyzeSource, blocksFromText } from '../../../lib/transcript/index';

const PAGES = join(process.cwd(), 'tests', 'fixtures', 'pages');

export function fixtureTranscript(id: string, savedAt = '2024-05-01T08:00:00Z'): LibraryTranscript {
  const text = readFileSync(join(PAGES, id, 'source.txt'), 'utf8');
  const meta = JSON.parse(readFileSync(join(PAGES, id, 'meta.json'), 'utf8')) as { source_url: string };
  const t = analyzeSource({ blocks: blocksFromText(text), url: meta.source_url });
  return captureTranscript(t, {
    url: meta.source_url,
    site: new URL(meta.source_url).hostname,
    script: detectScript(t.turns.map((x) => x.text).join('\n')),
    figures: findFigures(t),
    savedAt: new Date(savedAt),
  });
}

/** Seed (Traditional, 2018), MFA (Simplified, 2022), the TAO conference in both scripts (2023). */
export const IDS = [
  'seed-shanghai-20180612-tc',
  'mfa-20221027-fmprc',
  'tao-20230426-hnstb',
  'tao-20230426-gwytb-tc',
] as const;
