/**
 * Chart data kept across visits to the Charts page. The page's memos are lost
 * when it unmounts; the query cache keeps the catalog and the cells (and their
 * index, see ChartsPage), so coming back to the same scenario and lens would
 * compute the same data again: on the benchmark workspace (28,800 cells) that
 * was tens of milliseconds before the first chart could draw.
 *
 * An entry is found by the objects it was computed from (by identity: a new
 * catalog or new cells after an edit make new objects, and the old entries go
 * with them, held only weakly) and a string for the rest of the view (the lens,
 * the chosen customer types). Each (objects) path keeps its last MAX_VIEWS views.
 */
const MAX_VIEWS = 64;

interface Node<T> {
  next: WeakMap<object, Node<T>>;
  values: Map<string, T>;
}

const node = <T>(): Node<T> => ({ next: new WeakMap(), values: new Map() });

export type ChartCache<T> = (objects: readonly object[], key: string, compute: () => T) => T;

/** One cache per kind of data, so each keeps its own type. */
export function chartCache<T>(): ChartCache<T> {
  const root = node<T>();
  return (objects, key, compute) => {
    let at = root;
    for (const object of objects) {
      let next = at.next.get(object);
      if (!next) at.next.set(object, (next = node<T>()));
      at = next;
    }
    if (at.values.has(key)) return at.values.get(key) as T;
    const value = compute();
    // Maps keep insertion order: the first key is the oldest view.
    if (at.values.size >= MAX_VIEWS) at.values.delete(at.values.keys().next().value as string);
    at.values.set(key, value);
    return value;
  };
}
