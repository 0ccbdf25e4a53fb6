// Roles and names that a page states once, in its title or intro, and then drops from the labels:
// "外交部发言人毛宁主持例行记者会" + "毛宁:" (mfa-20221027-fmprc), "行政長官梁振英今日…" + "行政長官:"
// (hk-ce-20120703-tc), "国防部新闻局局长、国防部新闻发言人吴谦大校答记者问" + "吴谦:" (mod-20181130-kepu),
// "請商務部亞洲司司長陳洲、…" + "[陳洲]" (scio-asean-20140722-tc).
import { TITLE_SUFFIX_RE } from './lexicon';

/** Characters that end a role phrase when reading backwards from a name. */
const ROLE_STOP = new Set([...'，,。；;：:！!？?（）()「」“”"《》【】[]|/ \u3000\n\t'].concat(['、']));
/** Words before a role that are not part of it ("請商務部…司長陳洲", "由…", "以下是行政長官…"). */
const LEAD_WORDS_RE = /^(?:邀请|邀請|以下是|请|請|由|是|和|与|與|及|同)+/;
const DATE_PREFIX_RE =
  /^(?:\d{2,4}\s*年)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*[日号號])?\s*(?:[上下]午|晚上|早上|中午)?/;
/** After a title, the name ends before these (行政長官梁振英今日…, 财政司司长曾俊华今日…). */
const AFTER_NAME = new Set(
  [...'今昨明在于於出就表接会會答主等和与與及、，,。（(的是向对對說说将將已再也都到赴前日先大女'].concat([' ']),
);

/** The role printed just before `name` in `context` (title + intro), or null. */
export function roleBefore(context: string, name: string): string | null {
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const at = context.indexOf(name, from);
    if (at < 0) return null;
    const role = readRoleBackwards(context, at);
    if (role) return role;
    from = at + name.length;
  }
  return null;
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
  role = role.replace(LEAD_WORDS_RE, '').replace(DATE_PREFIX_RE, '').trim();
  return role.length >= 2 && TITLE_SUFFIX_RE.test(role) ? role : null;
}

/** The personal name printed right after `title` in `context` ("行政長官梁振英今日" -> 梁振英), or null. */
export function nameAfter(context: string, title: string, isName: (s: string) => boolean): string | null {
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const at = context.indexOf(title, from);
    if (at < 0) return null;
    const s = at + title.length;
    const three = context.slice(s, s + 3);
    const cut = AFTER_NAME.has(three[2] as string) || three.length < 3 ? 2 : 3;
    const name = three.slice(0, cut);
    if (name.length >= 2 && !AFTER_NAME.has(name[1] as string) && isName(name)) return name;
    from = s;
  }
  return null;
}
