// "Said before": a button beside a selection, and the earlier answers the library holds with that phrase (the host
// asks the library; the same speaker first). Passages are page text: rendered as text nodes and <mark>.
import type { SaidBefore as Found } from '../../lib/library/said-before';
import type { SelectionBox } from './SaveQuoteButton';
import type { Translate } from './strings';

export interface SaidBeforeState {
  phrase: string;
  found: Found;
}

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

export function SaidBeforeLayer(props: {
  t: Translate;
  box: SelectionBox | null;
  state: SaidBeforeState | null;
  onAsk(): void;
  onClose(): void;
}) {
  const { t, box, state } = props;
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
      {state ? (
        <aside class="br-said-before" role="complementary" aria-label={t('readerSaidBeforeTitle', [state.phrase])}>
          <header>
            <h2>{t('readerSaidBeforeTitle', [state.phrase])}</h2>
            <button type="button" class="br-said-before-close" onClick={props.onClose}>
              {t('readerSaidBeforeClose')}
            </button>
          </header>
          {state.found.items.length === 0 ? <p>{t('readerSaidBeforeNone')}</p> : null}
          <ol>
            {state.found.items.map((item) => (
              <li key={item.link} class="br-said-before-item">
                <a href={item.link} target="_blank" rel="noreferrer">
                  {[item.date, item.title].filter(Boolean).join(' ')}
                </a>
                <p>
                  {item.who ? <b>{item.who}：</b> : null}
                  {item.passage.cutBefore ? '…' : ''}
                  <Passage text={item.passage.text} marks={item.passage.marks} />
                  {item.passage.cutAfter ? '…' : ''}
                </p>
              </li>
            ))}
          </ol>
        </aside>
      ) : null}
    </>
  );
}
