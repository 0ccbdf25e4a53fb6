// Keyboard commands inside the reader. Single-letter keys must never fire while the user types (inputs,
// textareas, selects, contenteditable) or uses a browser/OS shortcut (Ctrl/Meta/Alt held).

export type KeyCommand =
  'next' | 'previous' | 'toggle' | 'expandAll' | 'collapseAll' | 'find' | 'help' | 'closeHelp' | 'saveQuote';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

interface ElementLike {
  nodeType?: number;
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

function asElement(target: unknown): ElementLike | null {
  const t = target as ElementLike | null;
  return t && t.nodeType === 1 ? t : null;
}

export function isTypingTarget(target: unknown): boolean {
  const el = asElement(target);
  if (!el) return false;
  const tag = (el.tagName ?? '').toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el.getAttribute?.('type') ?? 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
  }
  return el.isContentEditable === true;
}

/** Elements on which Enter already has a native meaning (activating them). */
function activatesOnEnter(target: unknown): boolean {
  const el = asElement(target);
  if (!el) return false;
  const tag = (el.tagName ?? '').toLowerCase();
  return tag === 'button' || tag === 'a' || tag === 'summary' || tag === 'input' || tag === 'select';
}

export const SHORTCUTS: ReadonlyArray<{ keys: readonly string[]; command: KeyCommand }> = [
  { keys: ['j'], command: 'next' },
  { keys: ['k'], command: 'previous' },
  { keys: ['o', 'Enter'], command: 'toggle' },
  { keys: ['e'], command: 'expandAll' },
  { keys: ['c'], command: 'collapseAll' },
  { keys: ['/'], command: 'find' },
  { keys: ['s'], command: 'saveQuote' },
  { keys: ['?'], command: 'help' },
  { keys: ['Escape'], command: 'closeHelp' },
];

/**
 * The command for a keydown, or null to let the event through. `target` is the real event target (for events
 * crossing a shadow boundary, the first entry of composedPath()).
 */
export function commandForKey(event: KeyLike, target: unknown, helpOpen: boolean): KeyCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (helpOpen) return event.key === 'Escape' || event.key === '?' ? 'closeHelp' : null;
  if (isTypingTarget(target)) return null;
  if (event.key === 'Enter' && activatesOnEnter(target)) return null;
  if (event.key === 'Escape') return null;
  const hit = SHORTCUTS.find((s) => s.keys.includes(event.key));
  return hit ? hit.command : null;
}
