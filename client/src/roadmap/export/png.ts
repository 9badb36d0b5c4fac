import type { RoadmapPicture } from './picture';
import { pictureFrame } from './pictureStyle';
import { type Ctx2D, paintRoadmap } from './roadmapCanvas';

/*
 * A roadmap picture to a PNG: painted onto a canvas at 2x (sharp on slides and
 * high-density screens) and encoded. Browsers cap a canvas (Chromium: 32,767
 * px a side and 268 million pixels; less on phones), and a whole large board at 2x can be
 * past that, so the scale comes down until it fits; the SVG export keeps every pixel.
 */

export const MAX_SIDE = 16_384;
/**
 * Pixels. Encoding is the slow part and grows with the pixels (about 5 s for 67 million on
 * the bench machine), so a huge board comes out smaller; its SVG keeps every detail.
 */
export const MAX_AREA = 24 * 1024 * 1024;

/** The canvas scale for an image of this size: 2x unless that would pass the caps. */
export function pngScale(width: number, height: number, wanted = 2): number {
  const side = MAX_SIDE / Math.max(width, height, 1);
  const area = Math.sqrt(MAX_AREA / Math.max(1, width * height));
  return Math.min(wanted, side, area);
}

export interface Png {
  blob: Blob;
  width: number;
  height: number;
  scale: number;
}

/** A canvas of this size: an OffscreenCanvas where there is one (no element, convertToBlob), else an element. */
function canvasOf(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function encode(canvas: OffscreenCanvas | HTMLCanvasElement): Promise<Blob | null> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * Paints the picture (roadmapCanvas.ts) at 2x, or less (pngScale), and encodes it as PNG.
 * `measure` is the bar titles' width, the one the SVG export is given.
 */
export async function picturePng(picture: RoadmapPicture, measure: (t: string) => number): Promise<Png> {
  const frame = pictureFrame(picture);
  const scale = pngScale(frame.width, frame.height);
  const canvas = canvasOf(Math.round(frame.width * scale), Math.round(frame.height * scale));
  const ctx = canvas.getContext('2d') as Ctx2D | null;
  if (!ctx) throw new Error('This browser gave no canvas to draw the PNG on');
  const t1 = performance.now();
  paintRoadmap(ctx, picture, scale, measure);
  // reading one pixel makes the browser rasterise what was recorded, so "draw" is the drawing
  ctx.getImageData(0, 0, 1, 1);
  const t2 = performance.now();
  performance.measure('export: draw', { start: t1, end: t2 });
  const blob = await encode(canvas);
  performance.measure('export: encode', { start: t2, end: performance.now() });
  if (!blob) throw new Error(`The browser could not encode a ${canvas.width}×${canvas.height} PNG`);
  return { blob, width: canvas.width, height: canvas.height, scale };
}
