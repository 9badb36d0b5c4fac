/*
 * An SVG document to a PNG: drawn as an image onto a canvas at 2x (sharp on slides and
 * high-density screens) and encoded with toBlob. Browsers cap a canvas (Chromium: 32,767
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

const svgSize = (svg: string): { width: number; height: number } => {
  const match = svg.match(/^<svg[^>]*?\swidth="([\d.]+)"\s+height="([\d.]+)"/);
  if (!match) throw new Error('The SVG has no width and height to draw it at');
  return { width: Number(match[1]), height: Number(match[2]) };
};

export interface Png {
  blob: Blob;
  width: number;
  height: number;
  scale: number;
}

/** Draws the SVG (its own white background included) at 2x, or less (pngScale), and encodes it as PNG. */
export async function svgToPng(svg: string): Promise<Png> {
  const { width, height } = svgSize(svg);
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    const t0 = performance.now();
    await image.decode();
    performance.measure('export: decode', { start: t0, end: performance.now() });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser gave no canvas to draw the PNG on');
    const t1 = performance.now();
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const t2 = performance.now();
    performance.measure('export: draw', { start: t1, end: t2 });
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    performance.measure('export: encode', { start: t2, end: performance.now() });
    if (!blob) throw new Error(`The browser could not encode a ${canvas.width}×${canvas.height} PNG`);
    return { blob, width: canvas.width, height: canvas.height, scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}
