/**
 * The import parsers (papaparse, fast-xml-parser) as their own entry,
 * `@planroom/shared/import`: the client loads them with the preview dialog only, not with
 * every page that uses the rest of shared. The light parts (formats, mapping fields,
 * dates, problem text) are in the main entry.
 */
export * from './csv.js';
export * from './importBoard.js';
