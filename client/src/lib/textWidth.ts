/**
 * Width of a bar title in pixels, measured once per title on a canvas with the bar's font
 * (weight 500, 12 px, the app's font stack). Where there is no canvas (tests), a rough
 * estimate per character.
 */
let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
const LIMIT = 20_000;

function measurer(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  if (typeof document === 'undefined' || typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent))
    return context;
  const canvas = document.createElement('canvas');
  context = canvas.getContext('2d');
  if (context) {
    const family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
    context.font = `500 12px ${family}`;
  }
  return context;
}

export function titleWidth(title: string): number {
  let width = widths.get(title);
  if (width === undefined) {
    const ctx = measurer();
    width = Math.ceil(ctx ? ctx.measureText(title).width : title.length * 6.6);
    if (widths.size >= LIMIT) widths.clear();
    widths.set(title, width);
  }
  return width;
}
