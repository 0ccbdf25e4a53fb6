// A download name from the conference title and date. Chinese titles are kept (every current OS accepts them);
// only what file systems reject or treat specially goes.
const FORBIDDEN = /[<>:"/\\|?*]|\p{Cc}/gu;
const MAX_CODE_POINTS = 80;

export function exportFilename(
  title: string | null,
  date: string | null,
  extension: string,
  prefix = 'figures',
): string {
  const parts = [prefix, date, title]
    .filter((p): p is string => !!p)
    .map((p) => p.replace(FORBIDDEN, ' ').replace(/\s+/g, '-'));
  const base = Array.from(
    parts
      .join('-')
      .replace(/-+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, ''),
  )
    .slice(0, MAX_CODE_POINTS)
    .join('')
    .replace(/[-.]+$/, '');
  return `${base || prefix}.${extension.replace(/^\./, '')}`;
}
