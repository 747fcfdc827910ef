import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The latest value in a ref, for stable callbacks handed to memoised children
 * (a new callback per render would re-render every header and cell).
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
