// What `analyze` reads in a file, as the JSON document of docs/design.md. Shared by `analyze` and `score`, so the
// score measures exactly what the command prints.
import { parseHTML } from 'linkedom';
import { findFigures } from '../../lib/figures/index';
import { detectScript } from '../../lib/script/detect';
import { analyzeSource, blocksFromText, sourceFromDocument } from '../../lib/transcript/index';
import type { SourceDoc, Transcript } from '../../lib/transcript/types';

/** Pages are UTF-8, or GBK/GB18030/Big5 declared in a meta tag (older government pages). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (charset) {
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        // unknown label: fall through
      }
    }
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function looksLikeHtml(name: string, text: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  if (/\.txt$/i.test(name)) return false;
  return /^\s*</.test(text);
}

/** `.html` goes through the content script's block extraction; in `.txt` each non-empty line is a block. */
export function sourceOf(name: string, text: string, url?: string): SourceDoc {
  if (!looksLikeHtml(name, text)) {
    const src: SourceDoc = { blocks: blocksFromText(text) };
    if (url) src.url = url;
    return src;
  }
  // A fragment (no <html>/<body>) is wrapped so the parser builds a normal document around it.
  const html = /<(?:html|body)[\s>]/i.test(text)
    ? text
    : `<!DOCTYPE html><html><head></head><body>${text}</body></html>`;
  const { document } = parseHTML(html);
  return sourceFromDocument(document as unknown as Document, url);
}

export type AnalysisJson = ReturnType<typeof analysisJson>;

export function scriptOf(t: Transcript): string {
  const body = t.press ? t.turns.map((turn) => turn.text).join('\n') : t.blocks.map((b) => b.text).join('\n');
  return detectScript(body);
}

export function analysisJson(t: Transcript) {
  return {
    press: t.press,
    score: t.score,
    reasons: t.reasons,
    title: t.title,
    date: t.date,
    script: scriptOf(t),
    turns: t.turns.map(({ kind, label, speaker, role, outlet, text }) => ({
      kind,
      label,
      speaker,
      role,
      outlet,
      text,
    })),
    figures: findFigures(t).map(({ text, value, unit, kind, approx, turn }) => ({
      text,
      value,
      unit,
      kind,
      approx,
      turn,
    })),
  };
}

/** The whole `analyze` pipeline on a file's name and bytes. */
export function analyzeFile(
  name: string,
  bytes: Uint8Array,
  url?: string,
): { transcript: Transcript; json: AnalysisJson } {
  const transcript = analyzeSource(sourceOf(name, decode(bytes), url));
  return { transcript, json: analysisJson(transcript) };
}
