// The reader view: a transcript as header, outline and collapsible Q&A sections, with its toolbar, keyboard
// navigation, find, filter and the save-quote button. Receives data, settings and actions; owns only UI state
// (kept in the use* hooks next to it).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Transcript } from '../../lib/transcript/types';
import { variantLang } from '../../lib/script/variant';
import { sectionMatches } from './filter';
import { Header } from './Header';
import { HelpOverlay } from './HelpOverlay';
import type { KeyCommand } from './keyboard';
import { Outline } from './Outline';
import { PinyinHover } from './PinyinHover';
import { SaveQuoteButton } from './SaveQuoteButton';
import { sectionIndexFromHash } from './sectionIds';
import { looseByTurn } from './loose';
import { SaidBeforeLayer, type ReaderLibrary } from './SaidBefore';
import { SectionView } from './SectionView';
import type { ReaderStrings, Translate } from './strings';
import { translatorFor } from './strings';
import { Toolbar } from './Toolbar';
import type { FocusRange, ReaderActions, ReaderPinyin, ReaderSettings, RubyMode } from './types';
import type { FindMatch } from './find';
import { useFind } from './useFind';
import { useOpenSections } from './useOpenSections';
import { usePendingScroll } from './usePendingScroll';
import { useKeyCommands, useReaderSelection } from './useReaderEvents';
import { useRubySections } from './useRubySections';
import { useTranscriptIndex } from './useTranscriptIndex';

export interface ReaderViewProps {
  transcript: Transcript;
  /** Host name of the page the transcript comes from (shown as the source). */
  host: string;
  strings: ReaderStrings | Translate;
  actions: ReaderActions;
  settings: ReaderSettings;
  /** A passage to reveal and mark (e.g. a figure clicked in the figures panel). */
  focusRange?: FocusRange | null;
  /** Where the user's selection is read from; defaults to the reader's shadow root (or document). */
  getSelection?: () => Selection | null;
  /** Where keyboard shortcuts are listened for; defaults to the reader's document. */
  keyTarget?: EventTarget | null;
  /** The original page is showing: the reader keeps its state but is not displayed and takes no keys. */
  hidden?: boolean;
  /** The pinyin engine and options, present while pinyin is on: hover tooltips and "Pinyin above" (ruby). */
  pinyin?: ReaderPinyin | null;
  /** The library, when the host offers one: "said before" for a selection and the transcript's export. */
  saidBefore?: ReaderLibrary | null;
}

export function ReaderView(props: ReaderViewProps) {
  const { transcript, host, actions, settings } = props;
  const { turns, sections } = transcript;
  const t = useMemo(() => translatorFor(props.strings), [props.strings]);

  const rootRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);

  const { ids, people, speakers, sectionOfTurn } = useTranscriptIndex(transcript);
  const loose = useMemo(() => looseByTurn(transcript), [transcript]);

  const [filter, setFilter] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const { open: openState, setOpen } = useOpenSections(sections, settings.startCollapsed);
  const scroll = usePendingScroll(rootRef);
  const selection = useReaderSelection(rootRef, props.getSelection);

  const visible = useMemo(() => sections.map((s) => sectionMatches(s, turns, filter)), [sections, turns, filter]);
  const shown = visible.filter(Boolean).length;
  const find = useFind(turns, (ti) => visible[sectionOfTurn[ti] ?? -1] === true, visible, props.focusRange);
  const nav = useNavigation({ sections, ids, sectionOfTurn, openState, setOpen, scroll, onSection: actions.onSection });

  const saveSelection = () => {
    const quote = selection.quote();
    if (!quote) return;
    actions.onSaveQuote(quote);
    selection.clear();
  };
  const library = props.saidBefore ?? null;
  const askSaidBefore = () => {
    const quote = selection.quote();
    if (quote && library) library.ask(quote);
  };

  const run = (command: KeyCommand) =>
    runCommand(command, {
      sections: sections.length,
      visible,
      active: activeSection(rootRef.current, nav.current),
      goToSection: nav.goToSection,
      toggleSection: nav.toggleSection,
      setOpen,
      focusFind: () => {
        findRef.current?.focus();
        findRef.current?.select?.();
      },
      setHelpOpen,
      saveSelection,
    });
  useKeyCommands(rootRef, { keyTarget: props.keyTarget, hidden: props.hidden === true, helpOpen }, run);
  useInitialSection(sections, settings.initialSection, nav.goToSection);
  useFocusRange(props.focusRange, { sectionOfTurn, visible, setFilter, setOpen, scroll });

  const pinyin = settings.pinyin && props.pinyin ? props.pinyin : null;
  const rubyMode: RubyMode = settings.ruby ?? 'off';
  const ruby = useRubySections(rubyMode, pinyin);

  const questionCount = sections.filter((s) => s.kind === 'exchange').length;
  const lang = variantLang(settings.variant, settings.pageLang);

  return (
    <div class="br-reader" ref={rootRef} hidden={props.hidden === true}>
      <Toolbar
        t={t}
        people={people}
        filter={filter}
        shown={shown}
        total={sections.length}
        query={find.query}
        matchCount={find.matches.length}
        current={find.current}
        variant={settings.variant}
        pinyin={settings.pinyin}
        ruby={pinyin ? rubyMode === 'all' : null}
        figuresOpen={settings.figuresOpen === true}
        findRef={findRef}
        onExpandAll={() => run('expandAll')}
        onCollapseAll={() => run('collapseAll')}
        onFilter={(v) => {
          setFilter(v);
          find.resetCurrent();
        }}
        onQuery={(v) => nav.reveal(find.setQuery(v))}
        onStep={(delta) => nav.reveal(find.step(delta))}
        onScript={(v) => actions.onScript(v)}
        onPinyin={(on) => actions.onPinyin(on)}
        onRuby={(on) => actions.onRuby?.(on ? 'all' : 'off')}
        onFigures={() => actions.onFigures()}
        onExport={library ? (kind) => library.exportAs(kind) : undefined}
        onHelp={() => setHelpOpen(true)}
        onClose={() => actions.onClose()}
      />
      <main class="br-content" lang={lang}>
        <Header
          title={transcript.title}
          date={transcript.date}
          host={host}
          questionCount={questionCount}
          people={people}
          t={t}
        />
        <Outline
          sections={sections}
          ids={ids}
          turns={turns}
          visible={visible}
          t={t}
          onGo={(i) => nav.goToSection(i, true)}
        />
        {turns.length === 0 ? <p class="br-empty">{t('readerNoTurns')}</p> : null}
        <div class="br-sections">
          {sections.map((section, i) => (
            <SectionView
              key={ids[i]}
              section={section}
              index={i}
              id={ids[i] ?? `br-s-${i}`}
              turns={turns}
              speakers={speakers}
              expanded={openState[i] !== false}
              filteredOut={!visible[i]}
              marksByTurn={find.marksByTurn}
              loose={loose}
              rubySource={ruby.source}
              ruby={ruby.isOn(i)}
              onRuby={ruby.set}
              t={t}
              onToggle={nav.toggleSection}
              onFocusSection={nav.setCurrent}
              onLink={(j) => nav.goToSection(j, true)}
            />
          ))}
        </div>
      </main>
      {selection.current ? <SaveQuoteButton box={selection.current.box} t={t} onSave={saveSelection} /> : null}
      {library ? (
        <SaidBeforeLayer
          t={t}
          box={selection.current?.box ?? null}
          answer={library.answer}
          onAsk={askSaidBefore}
          onClose={() => library.close()}
        />
      ) : null}
      {helpOpen ? <HelpOverlay t={t} onClose={() => setHelpOpen(false)} /> : null}
      {pinyin && props.hidden !== true ? (
        <PinyinHover
          rootRef={rootRef}
          pinyin={pinyin}
          keyTarget={props.keyTarget}
          lang={lang}
          content={transcript}
          t={t}
        />
      ) : null}
    </div>
  );
}

interface NavigationDeps {
  sections: Transcript['sections'];
  ids: readonly string[];
  sectionOfTurn: readonly number[];
  openState: readonly boolean[];
  setOpen(indices: readonly number[], open: boolean): void;
  scroll: ReturnType<typeof usePendingScroll>;
  onSection?: (id: string | null) => void;
}

/** Moving between sections: the one navigated to last, opening and scrolling to a section or a find match. */
function useNavigation(d: NavigationDeps) {
  const [current, setCurrent] = useState<number | null>(null);
  const goToSection = (i: number, focus: boolean) => {
    if (!d.sections[i]) return;
    d.setOpen([i], true);
    setCurrent(i);
    d.scroll.request({
      selector: `[data-section="${i}"]`,
      block: 'start',
      focus: focus ? `[data-section="${i}"] .br-section-toggle` : undefined,
    });
    d.onSection?.(d.ids[i] ?? null);
  };
  const toggleSection = (i: number) => {
    d.setOpen([i], !d.openState[i]);
    setCurrent(i);
  };
  /** Opens the section of a find match and brings the current match into view. */
  const reveal = (m: FindMatch | undefined) => {
    if (!m) return;
    d.setOpen(
      [d.sectionOfTurn[m.turn] ?? -1].filter((i) => i >= 0),
      true,
    );
    d.scroll.request({ selector: 'mark.br-current', block: 'center' });
  };
  return { current, setCurrent, goToSection, toggleSection, reveal };
}

/** Opens the section named in the URL hash once, on first render. */
function useInitialSection(
  sections: Transcript['sections'],
  initial: string | null | undefined,
  goToSection: (i: number, focus: boolean) => void,
) {
  useEffect(() => {
    const i = sectionIndexFromHash(sections, initial);
    if (i !== null) goToSection(i, false);
  }, []);
}

/** Reveals a passage chosen outside the reader (figures panel). */
function useFocusRange(
  focus: FocusRange | null | undefined,
  d: Pick<NavigationDeps, 'sectionOfTurn' | 'setOpen' | 'scroll'> & {
    visible: readonly boolean[];
    setFilter(v: string): void;
  },
) {
  useEffect(() => {
    if (!focus) return;
    const s = d.sectionOfTurn[focus.turn];
    if (s === undefined) return;
    if (!d.visible[s]) d.setFilter('');
    d.setOpen([s], true);
    d.scroll.request({ selector: 'mark.br-focus', block: 'center' });
    // When the section was already open nothing re-renders, so the layout effect would not run again.
    d.scroll.flush();
  }, [focus]);
}

/** The section the user is "in": the one holding focus, else the last one navigated to. */
function activeSection(root: HTMLElement | null, current: number | null): number | null {
  const active = (root?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
  const holder = active && root?.contains(active) ? active.closest('[data-section]') : null;
  if (holder) return Number(holder.getAttribute('data-section'));
  return current;
}

/** The next (delta 1) or previous section the filter shows, from `from`; `from` itself at either end. */
function nextVisible(visible: readonly boolean[], from: number | null, delta: 1 | -1): number | null {
  let i = from === null ? (delta === 1 ? -1 : visible.length) : from;
  for (;;) {
    i += delta;
    if (i < 0 || i >= visible.length) return from;
    if (visible[i]) return i;
  }
}

interface CommandContext {
  sections: number;
  visible: readonly boolean[];
  active: number | null;
  goToSection(i: number, focus: boolean): void;
  toggleSection(i: number): void;
  setOpen(indices: readonly number[], open: boolean): void;
  focusFind(): void;
  setHelpOpen(open: boolean): void;
  saveSelection(): void;
}

function runCommand(command: KeyCommand, c: CommandContext): void {
  const all = () => Array.from({ length: c.sections }, (_, i) => i);
  switch (command) {
    case 'next':
    case 'previous': {
      const target = nextVisible(c.visible, c.active, command === 'next' ? 1 : -1);
      if (target !== null) c.goToSection(target, true);
      return;
    }
    case 'toggle':
      if (c.active !== null) c.toggleSection(c.active);
      return;
    case 'expandAll':
      return c.setOpen(all(), true);
    case 'collapseAll':
      return c.setOpen(all(), false);
    case 'find':
      return c.focusFind();
    case 'help':
      return c.setHelpOpen(true);
    case 'closeHelp':
      return c.setHelpOpen(false);
    case 'saveQuote':
      return c.saveSelection();
  }
}
