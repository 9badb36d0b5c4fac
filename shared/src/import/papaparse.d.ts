/**
 * The part of papaparse this package uses. @types/papaparse pulls in Node's types (streams)
 * and the DOM's (File), which shared must not see: it runs in both and is typechecked
 * with neither, so the string-parsing signature is declared here.
 */
declare module 'papaparse' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    /** Index of the data row (0 is the first line) where known. */
    row?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
  }
  export interface ParseResult {
    data: string[][];
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseConfig {
    header?: false;
    delimiter?: string;
    skipEmptyLines?: boolean | 'greedy';
    delimitersToGuess?: string[];
  }
  export function parse(input: string, config?: ParseConfig): ParseResult;
  const Papa: { parse: typeof parse };
  export default Papa;
}
