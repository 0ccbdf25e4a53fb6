import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../export/read-csv';
import { TURN_COLUMNS, turnsCsv } from '../../../lib/library/export/csv';
import { documentXml, transcriptDocx, xmlText } from '../../../lib/library/export/docx';
import { transcriptJson } from '../../../lib/library/export/json';
import { transcriptMarkdown } from '../../../lib/library/export/markdown';
import { fixtureTranscript } from './load';

const seed = fixtureTranscript('seed-shanghai-20180612-tc');

describe('transcript exports', () => {
  it('Markdown: the title, a heading per section, every turn labelled by its speaker', () => {
    const md = transcriptMarkdown(seed);
    expect(md.startsWith(`# ${seed.title}`)).toBe(true);
    expect(md.match(/^## /gm)?.length).toBe(seed.sections.length);
    expect(md).toContain('## Question 1');
    const answer = seed.turns.find((t) => t.speaker === '張英')!;
    expect(md).toContain(`**張英（${answer.role}）**：`);
    for (const t of seed.turns) expect(md).toContain(t.text.split('\n')[0]!.slice(0, 30));
  });

  it('JSON: the analyze shape, turn for turn', () => {
    const doc = JSON.parse(transcriptJson(seed)) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 8)).toEqual([
      'press',
      'score',
      'reasons',
      'title',
      'date',
      'script',
      'turns',
      'figures',
    ]);
    expect(doc.turns).toEqual(
      seed.turns.map(({ kind, label, speaker, role, outlet, text }) => ({ kind, label, speaker, role, outlet, text })),
    );
    expect((doc.figures as unknown[]).length).toBe(seed.figures.length);
  });

  it('CSV: a row per turn that reads back, formulas guarded', () => {
    const withFormula = { ...seed, turns: [{ ...seed.turns[0]!, text: '=HYPERLINK("x")' }, ...seed.turns.slice(1)] };
    const rows = parseCsv(turnsCsv(withFormula));
    expect(rows[0]).toEqual([...TURN_COLUMNS]);
    expect(rows.length).toBe(seed.turns.length + 1);
    expect(rows[1]![7]).toBe(`'=HYPERLINK("x")`);
    expect(rows[2]![7]).toBe(seed.turns[1]!.text);
  });

  it('DOCX: a zip whose word/document.xml holds every turn', () => {
    const files = unzipSync(transcriptDocx(seed));
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const xml = strFromU8(files['word/document.xml']!);
    for (const t of seed.turns) for (const p of t.text.split('\n')) expect(xml).toContain(xmlText(p));
    expect(xml).toBe(documentXml(seed));
  });

  it('DOCX text is valid XML whatever the page held', () => {
    expect(xmlText('a<b>&\u0001c\ud800')).toBe('a&lt;b&gt;&amp;c');
  });
});
