// Readable values for the side panel: 159億 → "15.9 billion" / "159亿", 0.3个百分点 → "0.3 pp".
import type { Figure } from './types';

const trim = (v: number, digits = 3): string => {
  const s = Number(v.toPrecision(Math.max(digits, String(Math.trunc(Math.abs(v))).length))).toString();
  return s.includes('e') ? v.toLocaleString('en-US') : s;
};

function englishNumber(v: number): string {
  const abs = Math.abs(v);
  const steps: Array<[number, string]> = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of steps) {
    if (abs >= size) return `${trim(v / size, 4)} ${word}`;
  }
  if (abs >= 1000 && Number.isInteger(v)) return v.toLocaleString('en-US');
  return trim(v, 4);
}

function chineseNumber(v: number): string {
  const abs = Math.abs(v);
  const steps: Array<[number, string]> = [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ];
  for (const [size, word] of steps) {
    if (abs >= size && (abs / size >= 1 || size === 1e4)) return `${trim(v / size, 4)}${word}`;
  }
  return trim(v, 4);
}

const EN_UNITS: Record<string, string> = {
  元: 'yuan',
  美元: 'US dollars',
  港元: 'HK dollars',
  港幣: 'HK dollars',
  港币: 'HK dollars',
  新台幣: 'NT dollars',
  新臺幣: 'NT dollars',
  新台币: 'NT dollars',
  歐元: 'euros',
  欧元: 'euros',
  人民幣: 'yuan',
  人民币: 'yuan',
  噸: 'tonnes',
  吨: 'tonnes',
  公里: 'km',
  平方公里: 'km²',
  年: 'years',
  周年: 'years',
  週年: 'years',
  個月: 'months',
  个月: 'months',
  天: 'days',
  小時: 'hours',
  小时: 'hours',
  星期: 'weeks',
  名: 'people',
  人: 'people',
  次: 'times',
  倍: 'times',
};

/**
 * A short readable rendering of a figure's value: numbers in words of the locale's scale (15.9 billion / 159亿),
 * ranges as "3–5", percent and percentage points kept apart, approximations marked with "~" / "约".
 */
export function formatValue(fig: Figure, locale: 'en' | 'zh'): string {
  if (fig.kind === 'date' && fig.iso) return fig.iso;
  const num = locale === 'en' ? englishNumber : chineseNumber;
  let body = num(fig.value);
  if (fig.high !== undefined) body += `–${num(fig.high)}`;
  let out: string;
  if (fig.kind === 'percent') out = `${body}${fig.unit === '‰' ? '‰' : '%'}`;
  else if (fig.kind === 'points') out = locale === 'en' ? `${body} pp` : `${body}个百分点`;
  else if (fig.kind === 'rank') out = locale === 'en' ? `#${body}` : `第${body}`;
  else if (fig.unit) {
    const u = locale === 'en' ? EN_UNITS[fig.unit] : fig.unit;
    out = u ? (locale === 'en' ? `${body} ${u}` : `${body}${u}`) : body;
  } else out = body;
  if (fig.approx) out = locale === 'en' ? `~${out}` : `约${out}`;
  return out;
}
