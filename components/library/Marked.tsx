// Page text with the matched ranges in <mark>: text nodes only, never markup from the page.
export function Marked({ text, marks }: { text: string; marks: readonly [number, number][] }) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  marks.forEach(([a, b], i) => {
    if (a > at) parts.push(text.slice(at, a));
    parts.push(<mark key={i}>{text.slice(a, b)}</mark>);
    at = b;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
