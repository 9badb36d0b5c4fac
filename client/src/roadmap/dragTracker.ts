import { type DragPoint, dragOffset, edgeSpeed } from './dragMath';

export interface Offset {
  dx: number;
  dy: number;
}

/** The part of the scroll box that shows the track, inside the sticky name column and header. */
export interface TrackInsets {
  left: number;
  top: number;
}

/**
 * Follows one drag of a bar over the timeline's scroll box: the pointer (its own listener,
 * so the offset never depends on how dnd-kit re-measures nodes that scroll or re-render)
 * and the box's scrolling. While the pointer is held in the band along an edge of the
 * track, it scrolls the box a little every frame (sideways; also up and down when the bar
 * may change rows). Every change of the offset is reported, so the bar drawn during the
 * drag and the drop use the same number.
 */
export class DragTracker {
  private readonly origin: DragPoint;
  private pointer: { x: number; y: number };
  private frame = 0;
  private lastTime = 0;
  /** Sub-pixel scroll not applied yet (the browser rounds scroll offsets). */
  private carry = { x: 0, y: 0 };

  constructor(
    private readonly el: HTMLElement,
    private readonly insets: TrackInsets,
    start: { x: number; y: number },
    private readonly vertical: boolean,
    private readonly onChange: (offset: Offset) => void,
  ) {
    this.origin = { ...start, scrollLeft: el.scrollLeft, scrollTop: el.scrollTop };
    this.pointer = { ...start };
    window.addEventListener('pointermove', this.onPointer);
    el.addEventListener('scroll', this.report, { passive: true });
    this.frame = requestAnimationFrame(this.tick);
  }

  offset(): Offset {
    const { el, pointer } = this;
    return dragOffset(this.origin, { ...pointer, scrollLeft: el.scrollLeft, scrollTop: el.scrollTop });
  }

  stop(): void {
    window.removeEventListener('pointermove', this.onPointer);
    this.el.removeEventListener('scroll', this.report);
    cancelAnimationFrame(this.frame);
  }

  private readonly onPointer = (event: PointerEvent) => {
    this.pointer = { x: event.clientX, y: event.clientY };
    this.report();
  };

  private readonly report = () => this.onChange(this.offset());

  private readonly tick = (time: number) => {
    // Frames can be far apart (a busy main thread): scroll for the time that passed, up to a tenth of a second.
    const seconds = this.lastTime ? Math.min(0.1, (time - this.lastTime) / 1000) : 0;
    this.lastTime = time;
    const { el, insets, pointer } = this;
    const box = el.getBoundingClientRect();
    const left = box.left + insets.left;
    const top = box.top + insets.top;
    this.carry.x += edgeSpeed(pointer.x, left, box.left + el.clientWidth) * seconds;
    if (this.vertical) this.carry.y += edgeSpeed(pointer.y, top, box.top + el.clientHeight) * seconds;
    const x = Math.trunc(this.carry.x);
    const y = Math.trunc(this.carry.y);
    if (x || y) {
      this.carry.x -= x;
      this.carry.y -= y;
      el.scrollBy(x, y);
    }
    this.frame = requestAnimationFrame(this.tick);
  };
}
