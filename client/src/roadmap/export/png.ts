/*
 * An SVG document to a PNG: drawn as an image onto a canvas at 2x (sharp on slides and
 * high-density screens) and encoded with toBlob. Browsers cap a canvas (Chromium: 32,767
 * px a side and 268 million pixels; less on phones), and a whole large board at 2x can be
 * past that, so the scale comes down until it fits; the SVG export keeps every pixel.
 */

export const MAX_SIDE = 16_384;
/** Pixels; a quarter of Chromium's cap, so encoding a huge board stays within seconds. */
export const MAX_AREA = 64 * 1024 * 1024;

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

/** Draws the SVG at 2x (or less, see pngScale) on a white canvas and encodes it as PNG. */
export async function svgToPng(svg: string): Promise<Png> {
  const { width, height } = svgSize(svg);
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser gave no canvas to draw the PNG on');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`The browser could not encode a ${canvas.width}×${canvas.height} PNG`);
    return { blob, width: canvas.width, height: canvas.height, scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}
