/**
 * Width of a bar title in pixels at the bar's font (weight 500, 12 px, the app's font
 * stack): the sum of its characters' widths, each measured once on a canvas. Kerning is
 * left out (a pixel or two on a title), which keeps this cheap enough to size every
 * title on a 5,000-item board. Where there is no canvas (tests), a rough width per
 * character.
 */
let context: CanvasRenderingContext2D | null | undefined;
const chars = new Map<string, number>();
const titles = new Map<string, number>();
const LIMIT = 20_000;

function measurer(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  if (typeof document === 'undefined' || typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent))
    return context;
  context = document.createElement('canvas').getContext('2d');
  if (context) {
    const family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
    context.font = `500 12px ${family}`;
  }
  return context;
}

function charWidth(c: string): number {
  let width = chars.get(c);
  if (width === undefined) {
    const ctx = measurer();
    width = ctx ? ctx.measureText(c).width : 6.6;
    chars.set(c, width);
  }
  return width;
}

export function titleWidth(title: string): number {
  let width = titles.get(title);
  if (width === undefined) {
    let sum = 0;
    for (const c of title) sum += charWidth(c);
    width = Math.ceil(sum);
    if (titles.size >= LIMIT) titles.clear();
    titles.set(title, width);
  }
  return width;
}

/** Bar titles are 13 px instead of 12 in the presentation (presentation.css): widths scale with the size. */
export const PRESENTATION_TITLE_SCALE = 13 / 12;
