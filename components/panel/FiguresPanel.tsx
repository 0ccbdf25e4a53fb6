// The figures side panel: the figures of the active tab's transcript, grouped by question and speaker, filtered,
// searchable, each one click from its place in the page. Data and actions come in; nothing here calls the browser.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { figureCitation, type CitationWords } from '../../lib/export/citation';
import { CSV_MIME, figuresToCsv } from '../../lib/export/csv';
import { exportFilename } from '../../lib/export/filename';
import { figuresToMarkdown, MARKDOWN_MIME } from '../../lib/export/markdown';
import type { FigureKind } from '../../lib/figures/types';
import type { FigureList, FigureRow } from '../../lib/protocol';
import type { Variant } from '../../lib/script/types';
import { Filters } from './Filters';
import { FigureItem } from './FigureItem';
import {
  DEFAULT_KINDS,
  filterFigures,
  groupFigures,
  haystack,
  kindCounts,
  listedOrder,
  speakersOf,
  type Normalize,
  type QuestionGroup,
} from './model';
import { panelTranslator, type PanelStrings, type PanelTranslate } from './strings';

export interface PanelActions {
  /** Scroll the page to the figure, open its section and highlight it. */
  onReveal(id: number): void;
  /** Put text on the clipboard; a rejected promise shows "could not copy". */
  onCopy(text: string): void | Promise<void>;
  /** Save a file the user asked for. */
  onExport(filename: string, mime: string, content: string): void;
  /** Analyse a page the detector did not recognise as a transcript. */
  onAnalyse(): void;
}

/** The readable value of a figure (159億 → "15.9 billion"); lib/figures' formatValue, adapted to rows. */
export type FormatValue = (fig: FigureRow, locale: string) => string;

export interface FiguresPanelProps {
  /** null while nothing has arrived yet. */
  list: FigureList | null;
  loading?: boolean;
  error?: string | null;
  /** The user asked to analyse a page that is not a recognised transcript. */
  forced?: boolean;
  strings: PanelStrings | PanelTranslate;
  actions: PanelActions;
  formatValue: FormatValue;
  locale?: string;
  /** Folds script differences for search (e.g. to Simplified), so 亿 finds 億. */
  normalize?: Normalize;
  initialKinds?: Iterable<FigureKind>;
}

const LANG: Record<Variant, string> = { original: 'zh', hans: 'zh-Hans', tw: 'zh-Hant-TW', hk: 'zh-Hant-HK' };
const NOTICE_MS = 2500;

function safeFormat(formatValue: FormatValue, row: FigureRow, locale: string): string {
  // A formatter bug must cost one value, not the whole panel.
  try {
    return formatValue(row, locale);
  } catch {
    return '';
  }
}

function citationWords(t: PanelTranslate): CitationWords {
  return {
    answering: t('panelCiteAnswering', ['$1']),
    answeringQuestion: t('panelCiteAnsweringQuestion', ['$1']),
    askedBy: t('panelCiteAskedBy', ['$1']),
    opening: t('panelCiteOpening'),
    closing: t('panelCiteClosing'),
  };
}

export function FiguresPanel(props: FiguresPanelProps) {
  const t = useMemo(() => panelTranslator(props.strings), [props.strings]);
  const { list, error, loading } = props;

  if (error)
    return (
      <Shell t={t}>
        <p class="brp-message brp-error" role="alert">
          {t('panelError', [error])}
        </p>
      </Shell>
    );
  if (!list)
    return (
      <Shell t={t} busy>
        <p class="brp-message" role="status">
          {t('panelLoading')}
        </p>
      </Shell>
    );
  if (!list.press && list.figures.length === 0 && !props.forced) {
    return (
      <Shell t={t} busy={loading}>
        <header class="brp-header">
          <Heading list={list} />
        </header>
        <div class="brp-message">
          <p>{t('panelNotTranscript')}</p>
          <button
            type="button"
            class="brp-button brp-primary"
            disabled={loading}
            onClick={() => props.actions.onAnalyse()}
          >
            {t('panelAnalyseAnyway')}
          </button>
        </div>
      </Shell>
    );
  }
  if (list.figures.length === 0) {
    return (
      <Shell t={t} busy={loading}>
        <header class="brp-header">
          <Heading list={list} />
        </header>
        <p class="brp-message" role="status">
          {loading ? t('panelLoading') : t('panelNoFigures')}
        </p>
      </Shell>
    );
  }
  return <FigureListView {...props} list={list} t={t} />;
}

function Shell({ t, busy, children }: { t: PanelTranslate; busy?: boolean; children: ComponentChildren }) {
  return (
    <section class="brp-panel" aria-label={t('panelLabel')} aria-busy={busy ? 'true' : undefined}>
      {children}
    </section>
  );
}

function Heading({ list }: { list: FigureList }) {
  if (!list.title && !list.date) return null;
  return (
    <>
      {list.title ? <h1 class="brp-title">{list.title}</h1> : null}
      {list.date ? (
        <p class="brp-date">
          <time dateTime={list.date}>{list.date}</time>
        </p>
      ) : null}
    </>
  );
}

function FigureListView(props: FiguresPanelProps & { list: FigureList; t: PanelTranslate }) {
  const { list, t, actions, normalize } = props;
  const locale = props.locale ?? 'en';
  const lang = LANG[list.variant] ?? 'zh';
  const [kinds, setKinds] = useState<ReadonlySet<FigureKind>>(() => new Set(props.initialKinds ?? DEFAULT_KINDS));
  const [query, setQuery] = useState('');
  const [chosenSpeaker, setSpeaker] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const noticeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(noticeTimer.current), []);

  const rows = list.figures;
  const readable = useMemo(
    () => new Map(rows.map((r) => [r.id, safeFormat(props.formatValue, r, locale)])),
    [rows, props.formatValue, locale],
  );
  const hays = useMemo(
    () => new Map(rows.map((r) => [r.id, haystack(r, readable.get(r.id) ?? '', normalize)])),
    [rows, readable, normalize],
  );
  const speakers = useMemo(() => speakersOf(rows), [rows]);
  const counts = useMemo(() => kindCounts(rows), [rows]);
  // A speaker chosen on another tab's list is not applied to this one.
  const speaker = chosenSpeaker !== null && speakers.some((s) => s.name === chosenSpeaker) ? chosenSpeaker : null;
  const groups = useMemo(
    () => groupFigures(filterFigures(rows, { kinds, speaker, query }, (r) => hays.get(r.id) ?? '', normalize)),
    [rows, kinds, speaker, query, hays, normalize],
  );
  const shown = useMemo(() => listedOrder(groups), [groups]);

  const say = (text: string) => {
    setNotice(text);
    clearTimeout(noticeTimer.current);
    noticeTimer.current = setTimeout(() => setNotice(''), NOTICE_MS);
  };
  const copy = (row: FigureRow) => {
    const text = figureCitation(row, {
      title: list.title,
      date: list.date,
      url: list.url,
      readable: readable.get(row.id) ?? null,
      words: citationWords(t),
    });
    Promise.resolve()
      .then(() => actions.onCopy(text))
      .then(
        () => say(t('panelCopied', [row.text])),
        () => say(t('panelCopyFailed')),
      );
  };
  const toggleKind = (kind: FigureKind) =>
    setKinds((prev) => {
      const next = new Set(prev);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });

  return (
    <Shell t={t} busy={props.loading}>
      <header class="brp-header">
        <Heading list={list} />
        <p class="brp-count" aria-live="polite">
          {t('panelShowing', [String(shown.length), String(rows.length)])}
        </p>
        {!list.press ? <p class="brp-note">{t('panelAnalysedOnRequest')}</p> : null}
      </header>
      <Filters
        t={t}
        query={query}
        onQuery={setQuery}
        kinds={kinds}
        counts={counts}
        onToggleKind={toggleKind}
        speakers={speakers}
        speaker={speaker}
        onSpeaker={setSpeaker}
        canExport={shown.length > 0}
        onExportCsv={() =>
          actions.onExport(exportFilename(list.title, list.date, 'csv'), CSV_MIME, figuresToCsv(shown))
        }
        onExportMarkdown={() =>
          actions.onExport(
            exportFilename(list.title, list.date, 'md'),
            MARKDOWN_MIME,
            figuresToMarkdown(shown, list.title ?? undefined),
          )
        }
      />
      {shown.length === 0 ? (
        <p class="brp-message" role="status">
          {t('panelNoMatches')}
        </p>
      ) : (
        <div class="brp-list" onKeyDown={moveFocus}>
          {groups.map((g) => (
            <Group key={g.question} group={g} t={t} lang={lang}>
              {(row) => (
                <FigureItem
                  key={row.id}
                  row={row}
                  readable={readable.get(row.id) ?? ''}
                  lang={lang}
                  t={t}
                  onReveal={(id) => actions.onReveal(id)}
                  onCopy={copy}
                />
              )}
            </Group>
          ))}
        </div>
      )}
      <p class="brp-notice" role="status" aria-live="polite">
        {notice}
      </p>
    </Shell>
  );
}

function groupTitle(g: QuestionGroup, t: PanelTranslate): string {
  if (g.question === 0) return t('panelOpening');
  if (g.question < 0) return t('panelClosing');
  return t('panelQuestionN', [String(g.question)]);
}

function Group({
  group,
  t,
  lang,
  children,
}: {
  group: QuestionGroup;
  t: PanelTranslate;
  lang: string;
  children: (row: FigureRow) => ComponentChildren;
}) {
  return (
    <section class="brp-group" data-question={group.question}>
      <h2 class="brp-group-title">
        <span class="brp-q">{groupTitle(group, t)}</span>
        {group.question > 0 && group.outlet ? (
          <span class="brp-outlet" lang={lang}>
            {group.outlet}
          </span>
        ) : null}
      </h2>
      {group.speakers.map((s) => (
        <div class="brp-speaker-group" key={s.speaker ?? ''}>
          <h3 class="brp-who">
            {s.speaker === null ? (
              <span class="brp-name">{t('panelInQuestion')}</span>
            ) : (
              <>
                <span class="brp-name" lang={lang}>
                  {s.speaker}
                </span>
                {s.role ? (
                  <span class="brp-role" lang={lang}>
                    {s.role}
                  </span>
                ) : null}
              </>
            )}
          </h3>
          <ul class="brp-figs">{s.figures.map(children)}</ul>
        </div>
      ))}
    </section>
  );
}

/** Arrow keys, Home and End move between figures, so a long list is walkable without Tab through copy buttons. */
function moveFocus(e: KeyboardEvent) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const container = e.currentTarget as HTMLElement;
  const items = Array.from(container.querySelectorAll<HTMLElement>('.brp-fig-main'));
  const current = items.indexOf(e.target as HTMLElement);
  if (current < 0) return;
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : current + (e.key === 'ArrowDown' ? 1 : -1);
  const target = items[Math.max(0, Math.min(items.length - 1, next))];
  if (!target) return;
  e.preventDefault();
  target.focus();
}
