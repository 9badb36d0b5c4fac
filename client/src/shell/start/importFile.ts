import { detectImportFormat, type ImportFormat } from '@planroom/shared';

/** A file read on the start page, ready for the preview. */
export interface ImportFile {
  fileName: string;
  text: string;
  format: ImportFormat;
}

/** What the server accepts in one request (server/src/http/api.ts). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Reads a dropped or chosen file as text; refuses what could never be sent. */
export async function readImportFile(file: File): Promise<ImportFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; at most 50 MB can be imported.`);
  }
  const text = await file.text();
  if (!text.trim()) throw new Error(`${file.name} is empty.`);
  return { fileName: file.name, text, format: detectImportFormat(file.name, text) };
}

/** The file's name without its extension: the board name a CSV suggests. */
export function fileStem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').slice(0, 120) || 'Imported items';
}
