// The reader view: a transcript as header, outline and collapsible Q&A sections, with its toolbar, keyboard
// navigation, find, filter and the save-quote button. Receives data, settings and actions; owns only UI state.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Transcript } from '../../lib/transcript/types';
import type { Variant } from '../../lib/script/types';
import { sectionMatches } from './filter';
import { findMatches } from './find';
import { Header } from './Header';
import { HelpOverlay } from './HelpOverlay';
import { commandForKey } from './keyboard';
import type { KeyCommand } from './keyboard';
import { Outline } from './Outline';
import { PinyinHover } from './PinyinHover';
import { collectPeople } from './people';
import { SaidBeforeLayer, type SaidBeforeState } from './SaidBefore';
import { SaveQuoteButton } from './SaveQuoteButton';
import { sectionIds, sectionIndexFromHash } from './sectionIds';
import { SectionView } from './SectionView';
import { defaultSelectionOf, readSelection } from './selection';
import type { ReaderSelection } from './selection';
import type { ReaderStrings, Translate } from './strings';
import { translatorFor } from './strings';
import type { MarkRange } from './text';
import { Toolbar } from './Toolbar';
import type { TurnRuby } from './TurnText';
import type { FocusRange, ReaderActions, ReaderPinyin, ReaderSettings, RubyMode } from './types';

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
  /** Earlier answers for the phrase last asked about ("said before"), when the host offers the library. */
  saidBefore?: SaidBeforeState | null;
}

const NO_OVERRIDES: ReadonlyMap<number, boolean> = new Map();

function contentLang(variant: Variant, pageLang: string | null | undefined): string {
  if (variant === 'hans') return 'zh-Hans';
  if (variant === 'tw') return 'zh-Hant-TW';
  if (variant === 'hk') return 'zh-Hant-HK';
  return pageLang || 'zh';
}

function scrollIntoView(el: Element | null | undefined, block: ScrollLogicalPosition) {
  (el as HTMLElement | null | undefined)?.scrollIntoView?.({ block, inline: 'nearest' });
}

export function ReaderView(props: ReaderViewProps) {
  const { transcript, host, actions, settings } = props;
  const { turns, sections } = transcript;
  const t = useMemo(() => translatorFor(props.strings), [props.strings]);

  const rootRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);

  const ids = useMemo(() => sectionIds(sections), [sections]);
  const people = useMemo(() => collectPeople(turns), [turns]);
  const speakers = useMemo(() => new Map(people.speakers.map((s) => [s.key, s])), [people]);
  const sectionOfTurn = useMemo(() => {
    const out: number[] = [];
    sections.forEach((s, i) => s.turns.forEach((ti) => (out[ti] = i)));
    return out;
  }, [sections]);

  const [expanded, setExpanded] = useState<boolean[]>(() => sections.map(() => !settings.startCollapsed));
  const [filter, setFilter] = useState('');
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [currentSection, setCurrentSection] = useState<number | null>(null);
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  // Sections switched to or from ruby one by one. They apply under the whole-transcript mode they were made in;
  // the toolbar toggle (a new mode) starts every section from that mode again.
  const [rubyLocal, setRubyLocal] = useState<{ mode: RubyMode; on: ReadonlyMap<number, boolean> }>({
    mode: 'off',
    on: NO_OVERRIDES,
  });
  // What to bring into view after the next render (the element may only exist/unhide once state is applied).
  const pendingScroll = useRef<{ selector: string; block: ScrollLogicalPosition; focus?: string } | null>(null);

  // A script switch gives a new transcript with the same sections: keep the open/closed state; a different
  // structure resets it.
  const openState = expanded.length === sections.length ? expanded : sections.map(() => !settings.startCollapsed);

  const visible = useMemo(() => sections.map((s) => sectionMatches(s, turns, filter)), [sections, turns, filter]);
  const shown = visible.filter(Boolean).length;
  const matches = useMemo(
    () => findMatches(turns, query, (ti) => visible[sectionOfTurn[ti] ?? -1] === true),
    [turns, query, visible, sectionOfTurn],
  );
  const currentMatch = matches.length > 0 ? Math.min(current, matches.length - 1) : -1;

  const marksByTurn = useMemo(() => {
    const map = new Map<number, MarkRange[]>();
    const add = (turn: number, r: MarkRange) => {
      const list = map.get(turn);
      if (list) list.push(r);
      else map.set(turn, [r]);
    };
    matches.forEach((m, i) =>
      add(m.turn, { start: m.start, end: m.end, kind: i === currentMatch ? 'current' : 'match' }),
    );
    const f = props.focusRange;
    if (f) add(f.turn, { start: f.start, end: f.end, kind: 'focus' });
    return map;
  }, [matches, currentMatch, props.focusRange]);

  const setOpen = (indices: readonly number[], open: boolean) =>
    setExpanded((prev) => {
      const base = prev.length === sections.length ? prev : sections.map(() => !settings.startCollapsed);
      if (indices.every((i) => base[i] === open)) return base;
      const next = base.slice();
      for (const i of indices) next[i] = open;
      return next;
    });

  const goToSection = (i: number, focus: boolean) => {
    if (!sections[i]) return;
    setOpen([i], true);
    setCurrentSection(i);
    pendingScroll.current = {
      selector: `[data-section="${i}"]`,
      block: 'start',
      focus: focus ? `[data-section="${i}"] .br-section-toggle` : undefined,
    };
    actions.onSection?.(ids[i] ?? null);
  };

  const toggleSection = (i: number) => {
    setOpen([i], !openState[i]);
    setCurrentSection(i);
  };

  const step = (delta: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (currentMatch + delta + matches.length) % matches.length;
    setCurrent(next);
    const m = matches[next];
    if (m)
      setOpen(
        [sectionOfTurn[m.turn] ?? -1].filter((i) => i >= 0),
        true,
      );
    pendingScroll.current = { selector: 'mark.br-current', block: 'center' };
  };

  const onQuery = (value: string) => {
    setQuery(value);
    setCurrent(0);
    const first = findMatches(turns, value, (ti) => visible[sectionOfTurn[ti] ?? -1] === true)[0];
    if (first) {
      setOpen(
        [sectionOfTurn[first.turn] ?? -1].filter((i) => i >= 0),
        true,
      );
      pendingScroll.current = { selector: 'mark.br-current', block: 'center' };
    }
  };

  const saveSelection = () => {
    if (!selection) return;
    const quote: { text: string; turnIndex: number; block?: number } = {
      text: selection.text,
      turnIndex: selection.turnIndex,
    };
    if (selection.block !== undefined) quote.block = selection.block;
    actions.onSaveQuote(quote);
    const root = rootRef.current;
    const sel = props.getSelection ? props.getSelection() : root ? defaultSelectionOf(root) : null;
    sel?.removeAllRanges();
    setSelection(null);
  };

  // The section the user is "in": the one holding focus, else the last one navigated to.
  const activeSection = (): number | null => {
    const root = rootRef.current;
    const active = (root?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    const holder = active && root?.contains(active) ? active.closest('[data-section]') : null;
    if (holder) return Number(holder.getAttribute('data-section'));
    return currentSection;
  };

  const nextVisible = (from: number | null, delta: 1 | -1): number | null => {
    let i = from === null ? (delta === 1 ? -1 : sections.length) : from;
    for (;;) {
      i += delta;
      if (i < 0 || i >= sections.length) return from;
      if (visible[i]) return i;
    }
  };

  const run = (command: KeyCommand) => {
    switch (command) {
      case 'next':
      case 'previous': {
        const target = nextVisible(activeSection(), command === 'next' ? 1 : -1);
        if (target !== null) goToSection(target, true);
        return;
      }
      case 'toggle': {
        const i = activeSection();
        if (i !== null) toggleSection(i);
        return;
      }
      case 'expandAll':
        setOpen(
          sections.map((_, i) => i),
          true,
        );
        return;
      case 'collapseAll':
        setOpen(
          sections.map((_, i) => i),
          false,
        );
        return;
      case 'find':
        findRef.current?.focus();
        findRef.current?.select?.();
        return;
      case 'help':
        setHelpOpen(true);
        return;
      case 'closeHelp':
        setHelpOpen(false);
        return;
      case 'saveQuote':
        saveSelection();
        return;
    }
  };

  // The listener is registered once; it calls the latest `run` through a ref so it sees current state.
  const runRef = useRef(run);
  runRef.current = run;
  const helpRef = useRef(helpOpen);
  helpRef.current = helpOpen;
  const hiddenRef = useRef(props.hidden === true);
  hiddenRef.current = props.hidden === true;
  useEffect(() => {
    const root = rootRef.current;
    const target: EventTarget | null | undefined = props.keyTarget ?? root?.ownerDocument;
    if (!target) return;
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (hiddenRef.current || e.defaultPrevented || e.isComposing) return;
      const real = e.composedPath?.()[0] ?? e.target;
      const command = commandForKey(e, real, helpRef.current);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      runRef.current(command);
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [props.keyTarget]);

  // Selection tracking for the save-quote button.
  const getSelRef = useRef(props.getSelection);
  getSelRef.current = props.getSelection;
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const doc = root.ownerDocument;
    const update = () => {
      const sel = getSelRef.current ? getSelRef.current() : defaultSelectionOf(root);
      const next = readSelection(sel, root);
      setSelection((prev) =>
        prev && next && prev.text === next.text && prev.turnIndex === next.turnIndex && prev.box.top === next.box.top
          ? prev
          : next,
      );
    };
    doc.addEventListener('selectionchange', update);
    return () => doc.removeEventListener('selectionchange', update);
  }, []);

  // Open the section named in the URL hash once, on first render.
  useEffect(() => {
    const i = sectionIndexFromHash(sections, settings.initialSection);
    if (i !== null) goToSection(i, false);
  }, []);

  // Reveal a passage chosen outside the reader (figures panel).
  useEffect(() => {
    const f = props.focusRange;
    if (!f) return;
    const s = sectionOfTurn[f.turn];
    if (s === undefined) return;
    if (!visible[s]) setFilter('');
    setOpen([s], true);
    pendingScroll.current = { selector: 'mark.br-focus', block: 'center' };
    // When the section was already open nothing re-renders, so the layout effect below would not run again.
    flushScroll();
  }, [props.focusRange]);

  function flushScroll() {
    const job = pendingScroll.current;
    const root = rootRef.current;
    if (!job || !root) return;
    const el = root.querySelector(job.selector);
    if (!el || (el as HTMLElement).closest('[hidden]')) return;
    pendingScroll.current = null;
    scrollIntoView(el, job.block);
    if (job.focus) (root.querySelector(job.focus) as HTMLElement | null)?.focus({ preventScroll: true });
  }

  useLayoutEffect(flushScroll);

  const pinyin = settings.pinyin && props.pinyin ? props.pinyin : null;
  const rubyMode: RubyMode = settings.ruby ?? 'off';
  const rubySource = useMemo<TurnRuby | null>(
    () => (pinyin ? { source: pinyin.source, tone: pinyin.tone } : null),
    [pinyin?.source, pinyin?.tone],
  );
  const rubyOverrides = rubyLocal.mode === rubyMode ? rubyLocal.on : NO_OVERRIDES;
  const setSectionRuby = (i: number, on: boolean) =>
    setRubyLocal((prev) => {
      const next = new Map(prev.mode === rubyMode ? prev.on : NO_OVERRIDES);
      next.set(i, on);
      return { mode: rubyMode, on: next };
    });

  const questionCount = sections.filter((s) => s.kind === 'exchange').length;
  const lang = contentLang(settings.variant, settings.pageLang);

  return (
    <div class="br-reader" ref={rootRef} hidden={props.hidden === true}>
      <Toolbar
        t={t}
        people={people}
        filter={filter}
        shown={shown}
        total={sections.length}
        query={query}
        matchCount={matches.length}
        current={currentMatch}
        variant={settings.variant}
        pinyin={settings.pinyin}
        ruby={pinyin ? rubyMode === 'all' : null}
        figuresOpen={settings.figuresOpen === true}
        findRef={findRef}
        onExpandAll={() => run('expandAll')}
        onCollapseAll={() => run('collapseAll')}
        onFilter={(v) => {
          setFilter(v);
          setCurrent(0);
        }}
        onQuery={onQuery}
        onStep={step}
        onScript={(v) => actions.onScript(v)}
        onPinyin={(on) => actions.onPinyin(on)}
        onRuby={(on) => actions.onRuby?.(on ? 'all' : 'off')}
        onFigures={() => actions.onFigures()}
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
          onGo={(i) => goToSection(i, true)}
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
              marksByTurn={marksByTurn}
              rubySource={rubySource}
              ruby={rubyOverrides.get(i) ?? rubyMode === 'all'}
              onRuby={setSectionRuby}
              t={t}
              onToggle={toggleSection}
              onFocusSection={setCurrentSection}
              onLink={(j) => goToSection(j, true)}
            />
          ))}
        </div>
      </main>
      {selection ? <SaveQuoteButton box={selection.box} t={t} onSave={saveSelection} /> : null}
      {actions.onSaidBefore ? (
        <SaidBeforeLayer
          t={t}
          box={selection?.box ?? null}
          state={props.saidBefore ?? null}
          onAsk={() => selection && actions.onSaidBefore?.({ text: selection.text, turnIndex: selection.turnIndex })}
          onClose={() => actions.onCloseSaidBefore?.()}
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
