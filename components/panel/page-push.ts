import { useEffect } from 'react';
import type { Side } from './placement-math';

/**
 * Makes room for the docked panel: a margin on the side of NOSSA's root element, set through its
 * inline style only (no class, no attribute of ours, nothing else of NOSSA's markup touched), so
 * the page lays itself out beside the column instead of under it. Returns the undo, which puts
 * back exactly the inline value that was there before.
 */
export function pushPage(doc: Document, side: Side, width: number): () => void {
  const root = doc.documentElement;
  const style = root.style;
  const hadStyle = root.hasAttribute('style');
  const property = side === 'left' ? 'margin-left' : 'margin-right';
  const before = { value: style.getPropertyValue(property), priority: style.getPropertyPriority(property) };
  style.setProperty(property, `${Math.round(width)}px`, 'important');
  return () => {
    if (before.value) style.setProperty(property, before.value, before.priority);
    else style.removeProperty(property);
    // No trace on NOSSA's markup: an attribute that was not there before goes again.
    if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
  };
}

/** While the docked panel shows, NOSSA's page is pushed aside; undone when it floats, collapses or goes. */
export function usePagePush(push: { side: Side; width: number } | null): void {
  const side = push?.side;
  const width = push?.width;
  useEffect(() => (side && width ? pushPage(document, side, width) : undefined), [side, width]);
}
