export type Listener = () => void;

/** A set of listeners in the shape `useSyncExternalStore` wants. */
export class Signal {
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Listeners per key, so a change to one entity wakes only the components showing it. */
export class KeyedSignal<K> {
  private readonly listeners = new Map<K, Set<Listener>>();

  subscribe(key: K, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(key);
    };
  }

  emit(key: K): void {
    const set = this.listeners.get(key);
    if (set) for (const listener of [...set]) listener();
  }
}

/** A tiny observable value for session state (selection, dialogs) outside the document. */
export class Value<T> {
  private readonly signal = new Signal();
  constructor(private current: T) {}

  get = (): T => this.current;
  subscribe = this.signal.subscribe;

  set(next: T): void {
    if (Object.is(next, this.current)) return;
    this.current = next;
    this.signal.emit();
  }
}
