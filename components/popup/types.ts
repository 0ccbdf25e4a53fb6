// What the popup receives from its entrypoint. The entrypoint talks to the background and the page; the popup only
// renders data and calls these actions.
import type { ImportResult, PageStatus } from '../../lib/protocol';
import type { QuoteFormat } from '../../lib/quotes/format';
import type { Variant } from '../../lib/script/types';

/** Script of copied text: as the reader saw it, or converted to Simplified / Traditional. */
export type CopyScript = 'shown' | 'hans' | 'hant';

export interface CopyOptions {
  script: CopyScript;
  pinyin: boolean;
}

export type ExportKind = 'json' | 'markdown';

/**
 * The page's status: a PageStatus once the detector has answered, null when nothing is known yet, 'unavailable'
 * on pages where extensions cannot run (browser pages, web stores).
 */
export type PopupPageStatus = PageStatus | null | 'unavailable';

/** Actions may return promises; a rejection is shown in the popup, never swallowed. */
export interface PopupActions {
  onToggleReader(): unknown;
  onVariant(variant: Variant): unknown;
  onPinyin(on: boolean): unknown;
  onFigures(): unknown;
  onAnalyse(): unknown;
  onCopy(ids: string[], format: QuoteFormat, options: CopyOptions): unknown;
  /** Deletes the quotes; the popup then offers Undo for a while. */
  onDelete(ids: string[]): unknown;
  /** Restores what the last delete or clear removed. */
  onUndo(): unknown;
  onClear(): unknown;
  onExport(kind: ExportKind): unknown;
  /** Validates and merges a JSON export; existing quotes stay as they are. */
  onImport(text: string): ImportResult | Promise<ImportResult>;
  onOpenSettings?(): unknown;
  /** Open the reader by itself on this site from now on (asks for the site's permission inside the click). */
  onAlwaysOn?(on: boolean): unknown;
  /** When given, passage links call this instead of following the href (e.g. to reuse the current tab). */
  onOpenLink?(url: string): unknown;
}
