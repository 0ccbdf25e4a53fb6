// The floating "save quote" button shown next to a text selection inside the reader. It is positioned from the
// selection's rectangle relative to the reader root; mousedown is cancelled so clicking keeps the selection.
import type { Translate } from './strings';

export interface SelectionBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

export function SaveQuoteButton({ box, t, onSave }: { box: SelectionBox; t: Translate; onSave(): void }) {
  return (
    <button
      type="button"
      class="br-save-quote"
      style={{ top: `${Math.max(0, box.top - 40)}px`, left: `${Math.max(0, box.left + box.width / 2)}px` }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onSave}
    >
      {t('readerSaveQuote')}
    </button>
  );
}
