// The store worker runs TypeScript like the rest of the server: register tsx in this
// thread, then load it. (A worker does not inherit the main thread's loaders.)
import { register } from 'tsx/esm/api';

register();
await import('./store-worker.ts');
