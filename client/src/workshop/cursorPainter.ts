import type { BoardSpace } from '../core/session';
import type { PresenceModel } from './presenceModel';

const SVG = 'http://www.w3.org/2000/svg';
const ARROW = 'M1 1v16l4.5-4.2L8.6 19l2.6-1.2-3-6.1H14Z';

type Schedule = (run: () => void) => number;

/**
 * Keys marked between two frames, handed over once at the next frame: fifty people moving
 * at 20 Hz are a thousand presence messages a second, but the page writes at most once a
 * frame.
 */
export class FrameBatch<K> {
  private dirty = new Set<K>();
  private frame: number | null = null;

  constructor(
    private readonly flush: (keys: ReadonlySet<K>) => void,
    private readonly schedule: Schedule = (run) => requestAnimationFrame(run),
    private readonly cancel: (frame: number) => void = (frame) => cancelAnimationFrame(frame),
  ) {}

  mark(key: K): void {
    this.dirty.add(key);
    this.frame ??= this.schedule(this.run);
  }

  destroy(): void {
    if (this.frame !== null) this.cancel(this.frame);
    this.frame = null;
    this.dirty.clear();
  }

  private readonly run = () => {
    this.frame = null;
    const keys = this.dirty;
    this.dirty = new Set();
    this.flush(keys);
  };
}

interface Mark {
  el: HTMLElement;
  label: HTMLElement;
  name: string;
  color: string;
  idle: boolean;
  transform: string;
}

/**
 * Others' pointers drawn into one layer without React: a move changes one element's
 * transform, in the next frame, and nothing else on the page re-renders. A pointer not on
 * this view (another view, a row filtered out) has no element.
 */
export class CursorPainter {
  private readonly marks = new Map<number, Mark>();
  private readonly batch = new FrameBatch<number>((ids) => {
    for (const id of ids) this.paint(id);
  });
  private readonly unsubscribe: () => void;
  private space: BoardSpace | null = null;

  constructor(
    private readonly layer: HTMLElement,
    private readonly presence: PresenceModel,
  ) {
    this.unsubscribe = presence.onPeerChange((id) => this.batch.mark(id));
  }

  /** The view's coordinates changed (zoom, scroll box, rows): every pointer is placed again. */
  setSpace(space: BoardSpace | null): void {
    this.space = space;
    for (const peer of this.presence.getList()) this.batch.mark(peer.clientId);
    for (const id of this.marks.keys()) this.batch.mark(id);
  }

  destroy(): void {
    this.unsubscribe();
    this.batch.destroy();
    for (const mark of this.marks.values()) mark.el.remove();
    this.marks.clear();
  }

  private paint(id: number): void {
    const peer = this.presence.getPeer(id);
    const at = peer?.cursor && this.space ? this.space.place(peer.cursor) : null;
    let mark = this.marks.get(id);
    if (!peer || !at) {
      mark?.el.remove();
      this.marks.delete(id);
      return;
    }
    if (!mark) {
      mark = this.create();
      this.layer.append(mark.el);
      this.marks.set(id, mark);
    }
    // only what changed is written: an unchanged write still costs the browser a restyle
    const transform = `translate(${at.x}px, ${at.y}px)`;
    if (mark.transform !== transform) {
      mark.transform = transform;
      mark.el.style.transform = transform;
    }
    if (mark.name !== peer.name) {
      mark.name = peer.name;
      mark.el.dataset.name = peer.name;
      mark.label.textContent = peer.name;
    }
    if (mark.color !== peer.color) {
      mark.color = peer.color;
      mark.el.style.color = peer.color;
      mark.label.style.background = peer.color;
    }
    if (mark.idle !== peer.idle) {
      mark.idle = peer.idle;
      mark.el.classList.toggle('is-idle', peer.idle);
    }
  }

  private create(): Mark {
    const el = document.createElement('div');
    el.className = 'remote-cursor';
    el.dataset.testid = 'remote-cursor';
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '20');
    svg.setAttribute('viewBox', '0 0 16 20');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', ARROW);
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('stroke', '#fff');
    path.setAttribute('stroke-width', '1.2');
    svg.append(path);
    const label = document.createElement('span');
    label.className = 'remote-cursor-name';
    el.append(svg, label);
    return { el, label, name: '', color: '', idle: false, transform: '' };
  }
}
