import { type RefObject, useEffect, useState } from 'react';

/**
 * Whether an element is within `margin` pixels of its scroll container's view, so rows
 * far above or below can skip rendering their bars (their height is kept).
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>, initial: boolean, margin = 480): boolean {
  const [near, setNear] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const root = el.closest<HTMLElement>('[data-scroll-root]');
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      root,
      rootMargin: `${margin}px 0px`,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return near;
}
