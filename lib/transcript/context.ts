// Roles and names that a page states once, in its title or intro, and then drops from the labels:
// "外交部发言人毛宁主持例行记者会" + "毛宁:" (mfa-20221027-fmprc), "行政長官梁振英今日…" + "行政長官:"
// (hk-ce-20120703-tc), "国防部新闻局局长、国防部新闻发言人吴谦大校答记者问" + "吴谦:" (mod-20181130-kepu),
// "請商務部亞洲司司長陳洲、…" + "[陳洲]" (scio-asean-20140722-tc).
import { isTwoSurnameStart } from './names';
import { TITLE_SUFFIX_RE } from './lexicon';

/** Characters that end a role phrase when reading backwards from a name. */
const ROLE_STOP = new Set([...'，,。；;：:！!？?（）()「」“”"《》【】[]|/ \u3000\n\t'].concat(['、']));
/** Words before a role that are not part of it ("請商務部…司長陳洲", "由…", "以下是行政長官…"). */
const LEAD_WORDS_RE = /^(?:邀请|邀請|以下是|请|請|由|是|和|与|與|及|同)+/;
const AGENT_RE = /^.*(?:由|邀请|邀請|以下是|以下為|以下为)/;
const DATE_PREFIX_RE =
  /^(?:\d{2,4}\s*年)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*[日号號])?\s*(?:[上下]午|晚上|早上|中午)?/;
/** After a title, the name ends before these (行政長官梁振英今日…, 财政司司长曾俊华今日…). */
const AFTER_NAME = new Set(
  [...'今昨明在于於出就表接会會答主等和与與及、，,。（(的是向对對說说将將已再也都到赴前日先大女'].concat([' ']),
);

/**
 * The role printed just before `name` in `context` (title + intro), or null. Where the page states it more than
 * once, the fullest wins: a caption's 國臺辦發言人朱鳳蓮 against the intro's 國臺辦新聞局副局長、新聞發言人朱鳳蓮
 * (tao-20201216-taiwancn-tc), a title's 佤邦政府副主席趙國安 against the intro's full office (wa-state-20190418-tc).
 */
export function roleBefore(context: string, name: string): string | null {
  let from = 0;
  let best: string | null = null;
  for (let guard = 0; guard < 20; guard++) {
    const at = context.indexOf(name, from);
    if (at < 0) break;
    const role = readRoleBackwards(context, at);
    if (role && role.length > (best?.length ?? 0)) best = role;
    from = at + name.length;
  }
  return best;
}

function readRoleBackwards(context: string, end: number): string | null {
  let k = end;
  while (k > 0 && !ROLE_STOP.has(context[k - 1] as string) && end - k < 40) k--;
  let role = context.slice(k, end);
  // "国防部新闻局局长、国防部新闻发言人" is one person's two titles; "司長陳洲、中國貿促會副會長" is two people.
  while (k > 0 && context[k - 1] === '、') {
    let j = k - 1;
    while (j > 0 && !ROLE_STOP.has(context[j - 1] as string) && k - j < 40) j--;
    const prev = context.slice(j, k - 1);
    if (!TITLE_SUFFIX_RE.test(prev)) break;
    role = `${prev}、${role}`;
    k = j;
  }
  // 本次新聞發佈會由國臺辦新聞局副局長、新聞發言人朱鳳蓮主持: the role starts after 由 (tao-20201216-taiwancn-tc).
  role = role.replace(AGENT_RE, '').replace(LEAD_WORDS_RE, '').replace(DATE_PREFIX_RE, '').trim();
  return role.length >= 2 && TITLE_SUFFIX_RE.test(role) ? role : null;
}

/** Short titles printed right after a name: 蔡英文總統針對… (tw-president-20200122-hackmd), 王毅部長表示. Not
 *  an office's name: 總統府, 部長會議. */
const TITLE_AFTER_NAME_RE =
  /^(?:副)?(?:總統|总统|總理|总理|院長|院长|部長|部长|主席|市長|市长|省長|省长|縣長|县长|局長|局长|署長|署长|主任|書記|书记|大使|首相|議長|议长|發言人|发言人)(?![府部辦办署會会院])/;

/** The title printed right after `name` in `context`, or null. */
export function roleAfter(context: string, name: string): string | null {
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const at = context.indexOf(name, from);
    if (at < 0) return null;
    const m = TITLE_AFTER_NAME_RE.exec(context.slice(at + name.length, at + name.length + 8));
    if (m) return m[0];
    from = at + name.length;
  }
  return null;
}

/**
 * The personal name printed right after `title` in `context` ("行政長官梁振英今日" -> 梁振英), or null. A name that
 * ends where a word boundary follows (今日, 在, a comma) is preferred: the title's own line 政务司司长谈话全文 is
 * not 谈话全 when the intro says 政务司司长曾荫权今日 (hk-cs-20020628-sc). Four characters for a married name of
 * two surnames, 林鄭月娥 (hk-ce-20201111-tc), never cut to 林鄭月.
 */
export function nameAfter(context: string, title: string, isName: (s: string) => boolean): string | null {
  return scanNameAfter(context, title, isName, true) ?? scanNameAfter(context, title, isName, false);
}

function scanNameAfter(context: string, title: string, isName: (s: string) => boolean, bounded: boolean) {
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const at = context.indexOf(title, from);
    if (at < 0) return null;
    const s = at + title.length;
    from = s;
    // 行政长官于行政会议前…: a preposition right after the title, not the surname 于 (hk-ce-20170228-sc).
    if (AFTER_NAME.has(context[s] as string)) continue;
    const name = bounded ? boundedName(context, s, isName) : looseName(context.slice(s, s + 3));
    if (name && isName(name)) return name;
  }
  return null;
}

const isBoundary = (c: string | undefined) => c === undefined || AFTER_NAME.has(c) || ROLE_STOP.has(c);

function boundedName(context: string, s: number, isName: (n: string) => boolean): string | null {
  for (const k of [4, 3, 2]) {
    const name = context.slice(s, s + k);
    if (name.length < k || !isBoundary(context[s + k]) || [...name.slice(1)].some((c) => AFTER_NAME.has(c))) continue;
    if (k === 4 && !isTwoSurnameStart(name)) continue;
    if (isName(name)) return name;
  }
  return null;
}

function looseName(three: string): string | null {
  const cut = AFTER_NAME.has(three[2] as string) || three.length < 3 ? 2 : 3;
  const name = three.slice(0, cut);
  return name.length >= 2 && !AFTER_NAME.has(name[1] as string) ? name : null;
}
