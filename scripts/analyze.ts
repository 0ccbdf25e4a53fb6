// npm run --silent analyze -- <file.html|file.txt|-> [--json] [--url <page url>]
// The same engine as the content script: .html is parsed (linkedom) and read as blocks; .txt gives a block per
// non-empty line. --json prints one JSON document (docs/design.md); otherwise a readable summary.
import { readFileSync } from 'node:fs';
import type { Transcript } from '../lib/transcript/types';
import { analyzeFile, scriptOf, type AnalysisJson } from './cli/analysis-json';

const USAGE = 'usage: analyze <file.html|file.txt|-> [--json] [--url URL]';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message} (${USAGE})\n`);
  process.exit(2);
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
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input === '-' ? 0 : input);
  } catch {
    fail(`cannot read ${input}`);
  }
  let result: { transcript: Transcript; json: AnalysisJson };
  try {
    result = analyzeFile(input, bytes, url);
  } catch (e) {
    fail(`cannot analyse ${input}: ${e instanceof Error ? e.message : String(e)}`);
  }
  process.stdout.write(
    json ? `${JSON.stringify(result.json, null, 2)}\n` : `${summary(result.transcript, scriptOf(result.transcript))}\n`,
  );
}

main(process.argv.slice(2));
