// "Said before": a button beside a selection, and the earlier answers the library holds with that phrase (the host
// asks the library; the same speaker first). Passages are page text: rendered as text nodes and <mark>.
import type { ExportKind } from '../../lib/library/export/file';
import type { SaidBefore as Found } from '../../lib/library/said-before';
import type { SelectionBox } from './SaveQuoteButton';
import type { Translate } from './strings';
import type { QuoteRequest } from './types';

/** The last phrase asked about, and what the library found (null while it searches). */
export interface SaidBeforeAnswer {
  phrase: string;
  found: Found | null;
}

/** What the host's library offers the reader: "said before" for a selection, and the whole transcript as a file.
 *  Data and actions in one prop, as `pinyin` is: the reader shows these controls only when a library is there. */
export interface ReaderLibrary {
  answer: SaidBeforeAnswer | null;
  ask(quote: QuoteRequest): void;
  close(): void;
  exportAs(kind: ExportKind): void;
}

/** The name the view's wiring (entrypoints/reader.content/features/view.tsx) passes the library under. */
export type SaidBeforeState = ReaderLibrary;

function Passage({ text, marks }: { text: string; marks: readonly [number, number][] }) {
  const out: (string | preact.JSX.Element)[] = [];
  let at = 0;
  marks.forEach(([a, b], i) => {
    out.push(text.slice(at, a), <mark key={i}>{text.slice(a, b)}</mark>);
    at = b;
  });
  out.push(text.slice(at));
  return <>{out}</>;
}

function Answers({ t, found }: { t: Translate; found: Found }) {
  if (found.items.length === 0) return <p>{t('readerSaidBeforeNone')}</p>;
  return (
    <ol>
      {found.items.map((item) => (
        <li key={item.link} class="br-said-before-item">
          <a href={item.link} target="_blank" rel="noreferrer">
            {[item.date, item.title].filter(Boolean).join(' ')}
          </a>
          <p>
            {item.who ? <b class="br-said-before-who">{item.who}：</b> : null}
            {item.passage.cutBefore ? '…' : ''}
            <Passage text={item.passage.text} marks={item.passage.marks} />
            {item.passage.cutAfter ? '…' : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}

export function SaidBeforeLayer(props: {
  t: Translate;
  box: SelectionBox | null;
  answer: SaidBeforeAnswer | null;
  onAsk(): void;
  onClose(): void;
}) {
  const { t, box, answer } = props;
  return (
    <>
      {box ? (
        <button
          type="button"
          class="br-said-before-ask"
          style={{ top: `${Math.max(0, box.top - 40)}px`, left: `${Math.max(0, box.left + box.width / 2 + 110)}px` }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onAsk}
        >
          {t('readerSaidBefore')}
        </button>
      ) : null}
      {answer ? (
        <aside class="br-said-before" role="complementary" aria-label={t('readerSaidBeforeTitle', [answer.phrase])}>
          <header>
            <h2>{t('readerSaidBeforeTitle', [answer.phrase])}</h2>
            <button type="button" class="br-said-before-close" onClick={props.onClose}>
              {t('readerSaidBeforeClose')}
            </button>
          </header>
          {answer.found ? (
            <Answers t={t} found={answer.found} />
          ) : (
            <p role="status">{t('readerSaidBeforeSearching')}</p>
          )}
        </aside>
      ) : null}
    </>
  );
}
