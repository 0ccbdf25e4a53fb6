// Labelled units -> turns. An unlabelled paragraph continues the current speaker; chrome and captions are
// skipped; a dateline, source or end mark (or the site's footer) ends the turn.
import { nameAfter, roleAfter, roleBefore } from './context';
import { classifyLabel, isNameLike, isQuestionShape, isSurnameStart, type LabelHit } from './labels';
import { FLOOR_OPENING_RE, HOST_ROLE_RE, HOST_TEXT_RE } from './lexicon';
import { scanSource, type Scan } from './scan';
import type { SourceDoc, Turn, TurnKind } from './types';

/** After the last label, a short line without sentence punctuation is site chrome ("中國政府網", "微博、微信"
 *  after scio-asean-20140722-tc). */
function isTailChrome(text: string): boolean {
  return text.length <= 14 && !/[。！？!?…；;]/.test(text);
}

// The label each turn was read from (detection weighs its shape). Turns are plain data the UI copies and
// converts, so the hit rides alongside rather than inside them.
const HITS = new WeakMap<Turn, LabelHit>();

/** The label a turn of turnsFromScan was read from, or null for a turn made elsewhere. */
export function hitOf(turn: Turn): LabelHit | null {
  return HITS.get(turn) ?? null;
}

export function parseTurns(src: SourceDoc): Turn[] {
  return turnsFromScan(scanSource(src));
}

export function turnsFromScan(scan: Scan): Turn[] {
  const turns: Turn[] = [];
  const texts: string[][] = [];
  const roles = new Map<string, string>();
  let current = -1;
  let seenQuestion = false;

  // Legislators ask in a parliament (neg-tw-ly-interpellation-tc) but answer journalists (两会 委员通道).
  const journalists = scan.units.some((u) => u.hit?.shape === 'journalist' || u.hit?.shape === 'question');
  scan.units.forEach((u, k) => {
    const open = current >= 0 ? turns[current] : undefined;
    // The same label on every paragraph of one answer (吴谦: … 吴谦: … with nothing between) is one turn: a
    // transcriber's habit, not a second turn. Questions stay apart: two journalists may both print as 记者; so does
    // a line that opens the floor (朱鳳蓮: 接下來開始提問。 after her statement, tao-20230426-gwytb-tc).
    if (
      u.hit &&
      open &&
      open.kind !== 'question' &&
      u.hit.label === open.label &&
      !isQuestionShape(u.hit.shape) &&
      !HOST_TEXT_RE.test(u.text)
    ) {
      if (open.blocks[open.blocks.length - 1] !== u.block) open.blocks.push(u.block);
      if (u.text) texts[current]?.push(u.text);
      return;
    }
    if (u.hit) {
      const turn = makeTurn(u.hit, scan.context, roles, journalists);
      HITS.set(turn, u.hit);
      turn.blocks.push(u.block);
      turns.push(turn);
      texts.push(u.text ? [u.text] : []);
      current = turns.length - 1;
      return;
    }
    if (u.kind === 'widget' || u.kind === 'caption' || u.kind === 'note') return;
    if (u.kind === 'meta' || u.kind === 'sitefooter') {
      current = -1;
      return;
    }
    if (current < 0) return;
    const turn = turns[current] as Turn;
    // A label alone on its line (部長:, tw-mofa-20010115-tc) is followed by its speech, not by chrome.
    if (k > scan.last && isTailChrome(u.text) && (texts[current]?.length ?? 0) > 0) {
      current = -1;
      return;
    }
    // The English half of a bilingual page is not the speaker's own words: it stays a paragraph of its own, which
    // the reader shows after the turn (mfa-20220819-bilingual, mofcom-20220609-bilingual), and the turn goes on.
    if (u.kind === 'foreign') return;
    if (turn.blocks[turn.blocks.length - 1] !== u.block) turn.blocks.push(u.block);
    if (!u.text) return;
    texts[current]?.push(u.text);
  });

  turns.forEach((t, i) => {
    t.text = (texts[i] ?? []).join('\n');
    if (t.kind === 'question') seenQuestion = true;
    else if (t.kind !== 'answer') return;
    else if (!seenQuestion && i === 0 && t.text && FLOOR_OPENING_RE.test(t.text)) t.kind = 'host';
    else if (HOST_TEXT_RE.test(t.text) && (!seenQuestion || t.text.length < 120)) {
      // Opening the floor / closing the conference (mofcom 下面请提问, tao 接下來開始提問).
      t.kind = 'host';
    }
  });
  return turns;
}

/** A record's metadata line that names the host (三、主持人:外交部發言人兼公眾外交協調會執行長劉永健, Taiwan
 *  minutes, tw-mofa-20230207-tc): the 主持人: label then speaks as that person. */
const HOST_FIELD_RE = /(?:^|\n)\s*(?:[一二三四五六七八九十]+、)?\s*主\s*持\s*人\s*[:：]\s*([^\n]{2,40})/;

function metadataHost(context: string): { speaker: string; role: string | null } | null {
  const value = HOST_FIELD_RE.exec(context)?.[1]?.trim();
  const info = value ? classifyLabel(value) : null;
  return info?.speaker ? { speaker: info.speaker, role: info.role } : null;
}

function kindOf(hit: LabelHit, role: string | null, journalists: boolean): TurnKind {
  if (hit.shape === 'legislator') return journalists ? 'answer' : 'question';
  if (isQuestionShape(hit.shape)) return 'question';
  if (hit.shape === 'host' || (role && HOST_ROLE_RE.test(role))) return 'host';
  return 'answer';
}

const isName = (s: string) => isNameLike(s) && isSurnameStart(s);

function makeTurn(hit: LabelHit, context: string, roles: Map<string, string>, journalists: boolean): Turn {
  let speaker = hit.speaker;
  let role = hit.role;
  let outlet = hit.outlet;
  switch (hit.shape) {
    case 'named':
      if (speaker && role) roles.set(speaker, role);
      break;
    case 'name':
      if (speaker) {
        role = roles.get(speaker) ?? roleBefore(context, speaker) ?? roleAfter(context, speaker);
        if (role) roles.set(speaker, role);
      }
      break;
    case 'title':
    case 'host':
      if (!speaker && role) speaker = nameAfter(context, role, isName);
      if (!speaker && hit.shape === 'host') ({ speaker, role } = metadataHost(context) ?? { speaker, role });
      break;
    case 'outlet':
      outlet = outlet ?? hit.label;
      break;
    default:
      break;
  }
  return {
    kind: kindOf(hit, role, journalists),
    label: hit.label,
    speaker,
    role,
    outlet,
    text: '',
    blocks: [],
    section: 0,
  };
}
