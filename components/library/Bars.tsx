// A small bar chart of counts (per speaker, per month): the widths say at a glance what the numbers say exactly.
export function Bars({
  title,
  rows,
  onPick,
}: {
  title: string;
  rows: [string, number][];
  onPick?: (k: string) => void;
}) {
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r[1]));
  return (
    <figure class="lb-bars">
      <figcaption>{title}</figcaption>
      <ul>
        {rows.slice(0, 12).map(([label, n]) => (
          <li key={label} data-key={label}>
            {onPick ? (
              <button type="button" class="lb-bar-label" onClick={() => onPick(label)}>
                {label}
              </button>
            ) : (
              <span class="lb-bar-label">{label}</span>
            )}
            <span class="lb-bar" style={{ width: `${Math.max(4, (n / max) * 100)}%` }} aria-hidden="true" />
            <span class="lb-bar-n">{n}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
