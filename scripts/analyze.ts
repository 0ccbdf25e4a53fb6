// npm run --silent analyze -- <file.html|file.txt|-> [--json] [--url <page url>]
// The same engine as the content script: .html is parsed (linkedom) and read as blocks; .txt gives a block per
// non-empty line. --json prints one JSON document (docs/design.md); otherwise a readable summary.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { findFigures } from '../lib/figures/index';
import { detectScript } from '../lib/script/detect';
import { analyzeSource, blocksFromText, sourceFromDocument } from '../lib/transcript/index';
import type { SourceDoc, Transcript } from '../lib/transcript/types';

const USAGE = 'usage: analyze <file.html|file.txt|-> [--json] [--url URL]';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message} (${USAGE})\n`);
  process.exit(2);
}

/** Pages are UTF-8, or GBK/GB18030/Big5 declared in a meta tag (older government pages). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = bytes.subarray(0, 4096).toString('latin1');
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

function sourceOf(name: string, text: string, url?: string): SourceDoc {
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

function toJson(t: Transcript, script: string) {
  return {
    press: t.press,
    score: t.score,
    reasons: t.reasons,
    title: t.title,
    date: t.date,
    script,
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

function summary(t: Transcript, script: string): string {
  const lines = [
    `${t.press ? 'press conference' : 'not a press conference'} (score ${t.score}): ${t.reasons.join('; ')}`,
    `title: ${t.title ?? '-'}   date: ${t.date ?? '-'}   script: ${script}`,
  ];
  for (const s of t.sections) {
    lines.push(s.kind === 'exchange' ? `\n[question ${s.number}]` : `\n[${s.kind}]`);
    for (const i of s.turns) {
      const turn = t.turns[i];
      if (!turn) continue;
      const who = [turn.speaker, turn.role, turn.outlet].filter(Boolean).join(', ');
      const text = turn.text.replace(/\n/g, ' ');
      lines.push(
        `  ${turn.kind} ${turn.label}${who ? ` (${who})` : ''}: ${text.slice(0, 60)}${text.length > 60 ? '…' : ''}`,
      );
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): void {
  let json = false;
  let url: string | undefined;
  let input: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--url') url = argv[++i] ?? fail('missing value for --url');
    else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}`);
    else if (input === undefined) input = arg;
    else fail(`unexpected argument ${arg}`);
  }
  if (input === undefined) fail('missing input file');
  let text: string;
  try {
    text = decode(readFileSync(input === '-' ? 0 : input));
  } catch {
    fail(`cannot read ${input}`);
  }
  let transcript: Transcript;
  try {
    transcript = analyzeSource(sourceOf(input, text, url));
  } catch (e) {
    fail(`cannot analyse ${input}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const body = transcript.press
    ? transcript.turns.map((t) => t.text).join('\n')
    : transcript.blocks.map((b) => b.text).join('\n');
  const script = detectScript(body);
  process.stdout.write(
    json ? `${JSON.stringify(toJson(transcript, script), null, 2)}\n` : `${summary(transcript, script)}\n`,
  );
}

main(process.argv.slice(2));
