import { describe, expect, it } from 'vitest';
import { analyzeSource, blocksFromText, sourceFromDocument } from '../../../lib/transcript/index';
import { stripCellPipes } from '../../../lib/transcript/text';
import { pageIds, readPage, readPageJson, sourceFile } from '../fixture-pages';
import { expected, parseDocument } from './load';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A stored text as the browser tests serve it (tests/e2e/lib/corpus-pages.mjs): every line a <p> in one <div>. */
function served(text: string): Document {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines.map((l) => `<p>${esc(l)}</p>`).join('\n');
  return parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="content">
${body}
</div></body></html>`);
}

// The browser reads a stored text page as a page of <p> lines at its real address; the CLI reads the same file
// line by line. Both must see the same blocks and give the same verdict and turns: three transcripts were once
// ruled out in the browser only because the served page had lost its first line to <title> and <h1>.
describe('a text page served as <p> lines reads as the CLI reads the file', () => {
  const ids = pageIds().filter((id) => sourceFile(id) === 'source.txt');
  it.each(ids)('%s', (id) => {
    const text = readPage(id, 'source.txt');
    const url = readPageJson<{ source_url: string }>(id, 'meta.json').source_url.trim().split(/\s+/)[0];
    const src = sourceFromDocument(served(text), url);
    const cli = { blocks: blocksFromText(text) };
    expect(src.blocks.map((b) => stripCellPipes(b.text)).filter(Boolean)).toEqual(cli.blocks.map((b) => b.text));
    const [inPage, inFile] = [analyzeSource(src), analyzeSource(cli)];
    expect(inPage.press).toBe(expected(id).press);
    expect(inPage.press).toBe(inFile.press);
    expect(inPage.turns.map((t) => [t.kind, t.label])).toEqual(inFile.turns.map((t) => [t.kind, t.label]));
  });
});
