// A short message at the bottom of the page ("Quote saved", "Not a transcript"), in its own closed shadow root so
// page CSS cannot touch it. Built with text nodes only. Removed when it fades and when the script is invalidated.
import { guardTrustedInput } from '@/components/reader/trust';
import { freeName } from './host';
const CSS = `:host{all:initial}div{position:fixed;z-index:2147483647;left:50%;bottom:24px;transform:translateX(-50%);
max-width:min(90vw,36em);padding:10px 16px;border-radius:8px;font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;
background:#1f2933;color:#f5f7fa;box-shadow:0 4px 16px rgba(0,0,0,.25)}div.error{background:#8a1c1c}`;

export class Toast {
  private host: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  show(message: string, error = false): void {
    this.dispose();
    const host = this.doc.createElement(freeName(this.doc, 'briefing-reader-toast'));
    const root = host.attachShadow({ mode: 'closed' });
    // Closed, so the page cannot reach in; events it dispatches at the host are stopped here all the same.
    guardTrustedInput(root);
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const box = this.doc.createElement('div');
    box.setAttribute('role', error ? 'alert' : 'status');
    if (error) box.className = 'error';
    box.textContent = message;
    root.append(style, box);
    this.doc.documentElement.append(host);
    this.host = host;
    this.timer = setTimeout(() => this.dispose(), 3500);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.host?.remove();
    this.host = null;
  }
}
