// Generated transcripts and look-alike negatives for the stress test: the label shapes of real pages (issue 15)
// combined at random from a fixed seed. Robustness only: the real pages in tests/fixtures/pages stay the measure.
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../../lib/transcript/surnames';
import type { TurnKind } from '../../../lib/transcript/types';

/** mulberry32: a small deterministic generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Layout =
  'lines' | 'own-line' | 'markdown' | 'bold' | 'bracket' | 'inline' | 'one-line-md' | 'table' | 'html-h3';
export const LAYOUTS: readonly Layout[] = [
  'lines',
  'own-line',
  'markdown',
  'bold',
  'bracket',
  'inline',
  'one-line-md',
  'table',
  'html-h3',
];
const COLONS = ['：', ':', '︰', '∶'];

export interface GenTurn {
  kind: TurnKind;
  label: string;
  speech: string;
}

export interface GenPage {
  id: string;
  /** Text (one line per block) or an HTML document. */
  text: string;
  html: boolean;
  turns: GenTurn[];
}

// Given-name characters that are no speech words (no 的, 是, 一 …), so a name stays a name in either script.
const GIVEN = '亮宁斌军伟华明丽娜静敏杰涛磊勇艳鹏辉超秀英慧建国平志红玉兰凤晨怡欣宇轩浩然雪梅';
const OUTLETS = [
  '新华社',
  '中央广播电视总台',
  '路透社',
  '法新社',
  '凤凰卫视',
  '澎湃新闻',
  '彭博社',
  '共同社',
  '联合早报',
  '南华早报',
];
const OFFICES = ['外交部发言人', '国防部新闻发言人', '商务部新闻发言人', '国台办发言人', '国家统计局新闻发言人'];
const TITLES = ['行政长官', '政务司司长', '财政司司长', '部长', '市长'];
const QUESTIONS = [
  '请问中方对此有何评论？',
  '有报道称近期将举行会谈，能否介绍有关情况？',
  '请问发言人如何看待这一表态？',
  '我们注意到有关方面发表声明，中方有何回应？',
];
const ANSWERS = [
  '我们注意到有关报道。中方的立场是一贯的、明确的。',
  '关于这个问题，我刚才已经介绍过了，我们将继续同各方保持沟通。',
  '谢谢你的提问。这次会议取得了积极成果，各方达成了广泛共识。',
  '具体情况请向主管部门询问，我这里没有可以提供的信息。',
];
const SENTENCE = '各方围绕共同关心的问题深入交换意见，并就下一步合作作出安排。';

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** A full name: a surname of the complete table (one in six compound) and one or two given characters. */
export function personName(r: () => number): string {
  const surname = r() < 1 / 6 ? pick(r, COMPOUND_SURNAMES) : pick(r, [...SINGLE_SURNAMES]);
  const given = pick(r, [...GIVEN]) + (surname.length === 1 && r() < 0.6 ? pick(r, [...GIVEN]) : '');
  return surname + given;
}

interface Cast {
  title: string;
  intro: string;
  journalist: () => string;
  official: string;
  /** The official's label on a later answer (the bare name, or the same label). */
  again: string;
  host: string | null;
}

function cast(r: () => number, official: string): Cast {
  const form = Math.floor(r() * 5);
  const office = pick(r, OFFICES);
  const title = pick(r, TITLES);
  const journalist = () => {
    const f = r();
    if (f < 0.5) return `${pick(r, OUTLETS)}记者`;
    if (f < 0.8) return '记者';
    return f < 0.9 ? '问' : '媒体提问';
  };
  const base = { journalist, host: r() < 0.4 ? '主持人' : null };
  switch (form) {
    case 0: // 外交部发言人毛宁主持例行记者会 … 毛宁: (mfa)
      return { ...base, title: `${office}${official}主持例行记者会`, intro: '', official, again: official };
    case 1: // 外交部发言人汪文斌: on every answer
      return { ...base, title: `${office}答记者问`, intro: '', official: office + official, again: office + official };
    case 2: // 行政長官: (info.gov.hk)
      return {
        ...base,
        title: `${title}会见传媒谈话全文`,
        intro: `以下是${title}${official}今日出席活动后会见传媒的谈话全文：`,
        official: title,
        again: title,
      };
    case 3: // 张英（市经信委总工程师）: (seed)
      return {
        ...base,
        title: '市政府新闻发布会问答实录',
        intro: '',
        official: `${official}（${office}）`,
        again: official,
      };
    default: // 新闻办新闻发言人 胡凯红 (scio), then the bare name
      return {
        ...base,
        title: '国务院新闻办公室新闻发布会',
        intro: '',
        official: `${office} ${official}`,
        again: official,
      };
  }
}

/** A press conference: title (or none, for a page 2), an optional host, four to six question-answer exchanges. */
export function pressPage(r: () => number, n: number): GenPage {
  const official = personName(r);
  const c = cast(r, official);
  const layout = LAYOUTS[n % LAYOUTS.length] as Layout;
  const colon = pick(r, COLONS);
  const page2 = n % 7 === 3;
  const turns: GenTurn[] = [];
  if (c.host && !page2) turns.push({ kind: 'host', label: c.host, speech: '各位记者朋友，大家好。现在开始提问。' });
  const exchanges = 3 + Math.floor(r() * 3);
  for (let i = 0; i < exchanges; i++) {
    turns.push({ kind: 'question', label: c.journalist(), speech: pick(r, QUESTIONS) });
    turns.push({ kind: 'answer', label: i === 0 ? c.official : c.again, speech: pick(r, ANSWERS) + SENTENCE });
  }
  // A page 2 has no title or header: its journalist/official alternations carry it (mod-20200827-81cn-p2).
  const head = page2 ? [] : [c.title, c.intro].filter(Boolean);
  return render(`press-${n}-${layout}`, layout, colon, head, turns);
}

function render(id: string, layout: Layout, colon: string, head: string[], turns: GenTurn[]): GenPage {
  switch (layout) {
    case 'own-line':
      return text(
        id,
        head,
        turns.flatMap((t) => [`${t.label}${colon}`, t.speech]),
        turns,
      );
    case 'markdown':
      return text(
        id,
        head.map((h, i) => (i ? h : `# ${h}`)),
        turns.flatMap((t) => [`### ${t.label}${colon}`, t.speech]),
        turns,
      );
    case 'bold':
      return text(
        id,
        head,
        turns.map((t) => `**${t.label}${colon}**${t.speech}`),
        turns,
      );
    case 'bracket':
      return text(
        id,
        head,
        turns.map((t) => `【${t.label}】${t.speech}`),
        turns,
      );
    case 'inline':
      return text(id, head, [turns.map((t) => `${t.label}${colon}${t.speech}`).join(' ')], turns);
    case 'one-line-md': {
      const body = turns.map((t) => `### ${t.label}${colon} ${t.speech}`).join(' ');
      const line = [head[0] ? `--- title: ${head[0]} --- # ${head[0]}` : '', ...head.slice(1), body].join(' ').trim();
      return text(id, [], [line], turns);
    }
    case 'table':
      return html(
        id,
        head,
        `<table>${turns.map((t) => `<tr><td>${t.label}</td><td>${t.speech}</td></tr>`).join('')}</table>`,
        turns,
      );
    case 'html-h3':
      return html(id, head, turns.map((t) => `<h3>${t.label}${colon}</h3><p>${t.speech}</p>`).join(''), turns);
    default: {
      // The same label again on an answer's second paragraph: still one turn.
      const lines = turns.flatMap((t) => {
        const first = `${t.label}${colon}${t.speech}`;
        return t.kind === 'answer' ? [first, `${t.label}${colon}${SENTENCE}`] : [first];
      });
      return text(id, head, lines, turns);
    }
  }
}

function text(id: string, head: string[], body: string[], turns: GenTurn[]): GenPage {
  return { id, text: [...head, ...body].join('\n'), html: false, turns };
}

function html(id: string, head: string[], body: string, turns: GenTurn[]): GenPage {
  const [title, ...intro] = head;
  const doc =
    `<!DOCTYPE html><html><head><title>${title ?? ''}</title></head><body><div class="article">` +
    `${title ? `<h1>${title}</h1>` : ''}${intro.map((p) => `<p>${p}</p>`).join('')}${body}</div></body></html>`;
  return { id, text: doc, html: true, turns };
}

export type NegativeKind = 'court' | 'meeting' | 'forum' | 'interview' | 'talk-show' | 'notice' | 'explainer';
export const NEGATIVE_KINDS: readonly NegativeKind[] = [
  'court',
  'meeting',
  'forum',
  'interview',
  'talk-show',
  'notice',
  'explainer',
];

/** Pages that look like Q&A and are no press conference (issue 15, point 7). */
export function negativePage(r: () => number, n: number): GenPage {
  const kind = NEGATIVE_KINDS[n % NEGATIVE_KINDS.length] as NegativeKind;
  const colon = pick(r, COLONS);
  const a = personName(r);
  const b = personName(r);
  const lines = (pairs: [string, string][]) => pairs.map(([l, s]) => `${l}${colon}${s}`);
  const rounds = 3 + Math.floor(r() * 3);
  const repeat = (f: (i: number) => [string, string][]) => Array.from({ length: rounds }, (_, i) => f(i)).flat();
  let body: string[];
  switch (kind) {
    case 'court':
      body = [
        `${a}涉嫌诈骗案庭审实录`,
        ...lines(
          repeat(() => [
            ['审判长', '被告人，你对起诉书指控的事实有无异议？'],
            ['被告人', '我没有异议，但是有些情况需要说明。'],
            ['公诉人', '请被告人如实回答问题。'],
          ]),
        ),
      ];
      break;
    case 'meeting':
      body = [
        '区政府第十二次常务会议记录',
        '一、时间：上午九时',
        '二、地点：区政府第一会议室',
        ...lines(
          repeat(() => [
            ['主持人', '下面请各部门汇报本季度工作进展。'],
            [a, '我们部门本季度完成了既定任务，下一步将继续推进。'],
            [b, '我补充两点意见，请大家研究。'],
          ]),
        ),
      ];
      break;
    case 'forum':
      body = [
        '第五届数字经济高峰论坛对话实录',
        ...lines(
          repeat(() => [
            ['主持人', '请问两位嘉宾如何看待今年的行业趋势？'],
            [`${a}（某大学教授）`, '我认为趋势总体向好，但也面临不少挑战。'],
            [`${b}（某集团总裁）`, '我同意这个判断，企业需要加快转型。'],
          ]),
        ),
      ];
      break;
    case 'interview':
      body = [
        `专访${a}：谈行业未来`,
        `本报记者近日独家采访了${a}。`,
        ...lines(
          repeat(() => [
            ['记者', '您怎么看待当前的市场形势？'],
            [a, '我觉得形势总体稳定，但仍需谨慎。'],
          ]),
        ),
      ];
      break;
    case 'talk-show':
      body = [
        '《夜话》第十期节目文字实录',
        ...lines(
          repeat(() => [
            ['主持人', '欢迎回到节目，今天我们聊聊城市生活。'],
            ['嘉宾', '谢谢邀请，我先讲讲自己的经历。'],
            [a, '我也有类似的感受，非常同意。'],
          ]),
        ),
      ];
      break;
    case 'notice':
      body = [
        '关于召开2024年第三季度新闻发布会的通知',
        ...lines([
          ['时间', '2024年10月20日上午10时'],
          ['地点', '市政府新闻发布厅'],
          ['出席人员', `市统计局局长${a}`],
          ['联系人', b],
        ]),
        '请各媒体记者准时参加。',
      ];
      break;
    default:
      body = [
        '个人所得税专项附加扣除政策问答',
        ...lines(
          repeat((i) => [
            ['问', `第${i + 1}个常见问题是什么？`],
            ['答', '根据规定，纳税人可以按照标准扣除，具体以公告为准。'],
          ]),
        ),
      ];
  }
  return { id: `negative-${n}-${kind}`, text: body.join('\n'), html: false, turns: [] };
}
