import { type RefObject, useEffect } from 'react';
import type { BoardSpace } from '../core/session';
import type { Value } from '../ui/signals';
import { rowRange } from './rowGeometry';
import type { DayScale } from './timeScale';
import { useLaneColumn } from './useLaneColumn';

/** Where an item's bar is in the body (px from the body's top), if this view shows it. */
export type ItemBox = (id: string) => { y: number; height: number } | null;

export interface SpaceParts {
  mode: BoardSpace['mode'];
  scrollEl: HTMLElement;
  canvasEl: HTMLElement;
  scale: DayScale;
  /** Height of the sticky time header: the body starts under it. */
  header: number;
  /** Row keys in order, and their offsets in the body (one more than keys: the end). */
  keys: readonly string[];
  offsets: readonly number[];
  itemBox?: ItemBox;
  /** Width of the lane column left of the time area (compact on a phone). */
  laneColumn: number;
}

function rowIndex(offsets: readonly number[], y: number): number {
  const [first] = rowRange(offsets, y, y + 1);
  return first;
}

/**
 * A view's BoardSpace from its scroll box, scale and rows. A point over a bar is kept as
 * that item (so it lands on the same bar for someone grouping by owner), else as a row.
 */
export function boardSpace(p: SpaceParts): BoardSpace {
  const { scrollEl, scale, header, keys, offsets, laneColumn } = p;
  const rowAt = (y: number) => {
    const i = rowIndex(offsets, y);
    const key = keys[i];
    const top = offsets[i];
    const bottom = offsets[i + 1];
    if (key === undefined || top === undefined || bottom === undefined || y < top || y >= bottom) return null;
    return { key, top, height: bottom - top };
  };
  return {
    mode: p.mode,
    scrollEl,
    canvasEl: p.canvasEl,
    ppd: scale.ppd,
    pointAt(clientX, clientY, target) {
      const rect = scrollEl.getBoundingClientRect();
      const x = clientX - rect.left + scrollEl.scrollLeft - laneColumn;
      const y = clientY - rect.top + scrollEl.scrollTop - header;
      if (x < scrollEl.scrollLeft - laneColumn || y < scrollEl.scrollTop - header) return null;
      const day = scale.fromDay + x / scale.ppd;
      const bar = target instanceof Element ? target.closest<HTMLElement>('[data-testid="bar"][data-item-id]') : null;
      const item = bar?.dataset.itemId;
      if (item && p.itemBox) {
        const box = p.itemBox(item);
        if (box) return { mode: p.mode, day, item, fy: clamp01((y - box.y) / box.height) };
      }
      const row = rowAt(y);
      if (!row) return null;
      return { mode: p.mode, day, row: row.key, fy: clamp01((y - row.top) / row.height) };
    },
    place(point) {
      if (point.mode !== p.mode) return null;
      const x = laneColumn + scale.x(point.day);
      const box = point.item ? p.itemBox?.(point.item) : null;
      if (box) return { x, y: header + box.y + point.fy * box.height };
      const i = point.row === undefined ? -1 : keys.indexOf(point.row);
      const top = offsets[i];
      const bottom = offsets[i + 1];
      if (top === undefined || bottom === undefined) return null;
      return { x, y: header + top + point.fy * (bottom - top) };
    },
    anchor() {
      const day = scale.fromDay + scrollEl.scrollLeft / scale.ppd;
      const row = rowAt(scrollEl.scrollTop);
      return row ? { day, row: row.key, dy: scrollEl.scrollTop - row.top } : { day, row: null, dy: 0 };
    },
    scrollTo(anchor) {
      scrollEl.scrollLeft = Math.max(0, (anchor.day - scale.fromDay) * scale.ppd);
      const i = anchor.row === null ? -1 : keys.indexOf(anchor.row);
      const top = offsets[i];
      if (top !== undefined) scrollEl.scrollTop = Math.max(0, top + anchor.dy);
    },
  };
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));

/**
 * Publishes the view's BoardSpace on the session while the view is on screen, anew when
 * its scale, header or rows change.
 */
export function useBoardSpace(
  space: Value<BoardSpace | null>,
  parts: Omit<SpaceParts, 'scrollEl' | 'canvasEl' | 'laneColumn'>,
  scrollRef: RefObject<HTMLElement | null>,
): void {
  const { mode, scale, header, keys, offsets, itemBox } = parts;
  const laneColumn = useLaneColumn();
  useEffect(() => {
    const scrollEl = scrollRef.current;
    const canvasEl = scrollEl?.querySelector<HTMLElement>('.tl-canvas');
    if (!scrollEl || !canvasEl) return;
    const mine = boardSpace({ mode, scrollEl, canvasEl, scale, header, keys, offsets, itemBox, laneColumn });
    space.set(mine);
    return () => {
      if (space.get() === mine) space.set(null);
    };
  }, [space, mode, scale, header, keys, offsets, itemBox, scrollRef, laneColumn]);
}
