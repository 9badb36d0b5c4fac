/** One-line logs. Tokens and secrets never reach here; URLs are logged without query. */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(`[planroom] ${m}`),
  warn: (m) => console.warn(`[planroom] warn: ${m}`),
  error: (m) => console.error(`[planroom] error: ${m}`),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * Lets through at most `perWindow` lines per window and then one summary, so a flood of
 * bad frames cannot flood the log.
 */
export function rateLimited(log: (m: string) => void, perWindow = 20, windowMs = 60_000): (m: string) => void {
  let windowStart = 0;
  let count = 0;
  let dropped = 0;
  return (m) => {
    const now = Date.now();
    if (now - windowStart > windowMs) {
      if (dropped) log(`… ${dropped} similar lines suppressed`);
      windowStart = now;
      count = 0;
      dropped = 0;
    }
    if (count++ < perWindow) log(m);
    else dropped++;
  };
}
