/**
 * A value outside React state that components read with useSyncExternalStore,
 * each deriving only the slice it shows: the grid's rows subscribe to the
 * cells this way, so a role change re-renders one row, not the grid (and not
 * the drag-and-drop contexts around it).
 */
export class ValueStore<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  get = (): T => this.value;

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
