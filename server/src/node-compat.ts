// Hono's Node WebSocket adapter builds CloseEvent and ErrorEvent objects, which Node 20
// does not define globally (22 does). Without these its onClose never runs on Node 20.
const g = globalThis as Record<string, unknown>;

if (typeof g.CloseEvent !== 'function') {
  g.CloseEvent = class CloseEvent extends Event {
    readonly code: number;
    readonly reason: string;
    readonly wasClean: boolean;
    constructor(type: string, init: { code?: number; reason?: string; wasClean?: boolean } = {}) {
      super(type);
      this.code = init.code ?? 0;
      this.reason = init.reason ?? '';
      this.wasClean = init.wasClean ?? false;
    }
  };
}

if (typeof g.ErrorEvent !== 'function') {
  g.ErrorEvent = class ErrorEvent extends Event {
    readonly error: unknown;
    constructor(type: string, init: { error?: unknown } = {}) {
      super(type);
      this.error = init.error;
    }
  };
}
