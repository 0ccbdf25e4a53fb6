// Asked for on a page the engine does not read as a transcript, the reader does not open on what it would get wrong:
// this notice says why, in the engine's own words, and offers "Open anyway". In its own closed shadow root, built
// from text nodes; its buttons act only on the user's own clicks (a page script's .click() is not trusted).
import { guardTrustedInput } from '@/components/reader/trust';
import { freeName } from './host';
const CSS = `:host{all:initial}div{position:fixed;z-index:2147483647;top:16px;right:16px;max-width:min(92vw,30em);
padding:12px 16px;border-radius:8px;font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;background:#fff;
color:#1f2933;border:1px solid #c5ccd3;box-shadow:0 4px 16px rgba(0,0,0,.18)}p{margin:0 0 10px}
button{font:inherit;margin-right:8px;padding:4px 12px;border-radius:6px;border:1px solid #2f5d8a;cursor:pointer;
background:#fff;color:#2f5d8a}button.primary{background:#2f5d8a;color:#fff}`;

export interface NoticeText {
  message: string;
  openAnyway: string;
  dismiss: string;
}

export class Notice {
  private host: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  get shown(): boolean {
    return this.host?.isConnected === true;
  }

  show(text: NoticeText, onOpenAnyway: () => void): void {
    this.dispose();
    const doc = this.doc;
    const host = doc.createElement(freeName(this.doc, 'briefing-reader-notice'));
    const root = host.attachShadow({ mode: 'closed' });
    // Closed, so the page cannot reach in; events it dispatches at the host are stopped here all the same.
    guardTrustedInput(root);
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', text.message);
    const p = doc.createElement('p');
    p.textContent = text.message;
    const open = this.button(text.openAnyway, 'primary', () => {
      this.dispose();
      onOpenAnyway();
    });
    const dismiss = this.button(text.dismiss, '', () => this.dispose());
    box.append(p, open, dismiss);
    root.append(style, box);
    doc.documentElement.append(host);
    this.host = host;
    open.focus();
  }

  private button(label: string, className: string, act: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (className) b.className = className;
    b.addEventListener('click', (e) => {
      if (e.isTrusted) act();
    });
    return b;
  }

  dispose(): void {
    this.host?.remove();
    this.host = null;
  }
}
