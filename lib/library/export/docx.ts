// A whole transcript as a Word document: the three parts a .docx needs ([Content_Types].xml, the package
// relationships, word/document.xml), zipped with fflate. Headings are bold, larger runs rather than styles, so the
// file needs no styles part. Loaded only when someone exports (the page imports this module on demand).
import { strToU8, zipSync } from 'fflate';
import type { LibraryTranscript } from '../model';
import { ENGLISH_WORDS, sectionHeading, turnLabel, type ExportWords } from './markdown';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ' +
  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
  'Target="word/document.xml"/></Relationships>';

/** XML 1.0 allows neither these control characters nor unpaired surrogates; page text can hold both. */
export function xmlText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- removing exactly these is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

const run = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const heading = (text: string, halfPoints: number) => para(run(text, `<w:b/><w:sz w:val="${halfPoints}"/>`));

export function documentXml(t: LibraryTranscript, words: ExportWords = ENGLISH_WORDS): string {
  const body: string[] = [heading(t.title ?? t.url, 36), para(run([t.date, t.url].filter(Boolean).join(' · ')))];
  t.sections.forEach((s, i) => {
    body.push(heading(sectionHeading(t, i, words), 28));
    for (const index of s.turns) {
      const turn = t.turns[index];
      if (!turn) continue;
      const [first = '', ...rest] = turn.text.split('\n');
      body.push(para(run(`${turnLabel(turn)}：`, '<w:b/>'), run(first)));
      for (const p of rest) body.push(para(run(p)));
    }
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    body.join('') +
    '</w:body></w:document>'
  );
}

export function transcriptDocx(t: LibraryTranscript, words: ExportWords = ENGLISH_WORDS): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(documentXml(t, words)),
  });
}
