/**
 * Where the panel is drawn on NOSSA's page, as pure arithmetic (no DOM, nothing of lib): the
 * stored place (offsets from the nearest window edges, see lib/schema PanelPlacement) becomes a
 * frame that is always inside the window, whatever window the place was saved in; a move becomes
 * a place anchored to the edges nearest to where the panel ended up; and during a fill, a frame
 * that keeps clear of the NOSSA field being filled.
 */

export type Side = 'left' | 'right';

/** The window's inner size in CSS pixels (what `position: fixed` is laid out in). */
export interface Viewport {
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  left: number;
  top: number;
}

/** The part of a stored PanelPlacement this module reads. */
export interface Place {
  dock?: Side | null;
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
}

/**
 * Where to draw: `left`, `width` and either `top` or `bottom` (a bottom-anchored panel grows
 * upwards), in CSS pixels; the panel's height never exceeds `maxHeight`; a fixed `height` is set
 * for the docked column. Always inside the viewport.
 */
export interface Frame {
  left: number;
  width: number;
  top?: number;
  bottom?: number;
  maxHeight: number;
  height?: number;
}

/** The smallest gap kept between the floating panel and the window's edges. */
export const EDGE = 4;
/** A new panel's (and a legacy place's missing) distance from the edges. */
export const DEFAULT_OFFSET = 16;
export const PANEL_WIDTH = 360;
/** A docked column is 40% of the window, between these widths (never wider than the window). */
export const DOCK_MIN_WIDTH = 280;
/** Floating, the panel takes at most this share of the window's height (scrolling inside)... */
export const HEIGHT_SHARE = 0.6;
/** ...but on a short window it may use up to this much, so a step still fits. */
export const SHORT_WINDOW_HEIGHT = 320;
/** A stored top/bottom offset is clamped so at least this much height is left for the panel. */
export const MIN_PANEL_HEIGHT = 160;
/** The collapsed chip's size, generous (its text is "Pandu · IN123...": about 180 by 32). */
export const CHIP: Size = { width: 240, height: 40 };
/** Gap kept between the panel and the NOSSA field being filled. */
export const FIELD_GAP = 8;
/** Shrunk to clear a field, the panel still shows at least this much (header and progress). */
export const MIN_SHRUNK_HEIGHT = 120;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));
const whole = (value: number) => Math.max(0, Math.round(value));

export const floatWidth = (viewport: Viewport) => Math.max(0, Math.min(PANEL_WIDTH, viewport.width - 2 * EDGE));

export const dockWidth = (viewport: Viewport) => Math.max(0, Math.min(viewport.width, Math.max(DOCK_MIN_WIDTH, Math.min(PANEL_WIDTH, Math.round(viewport.width * 0.4)))));

/** The floating panel's height cap: it never reaches over NOSSA's title bar and message bar from below. */
export function heightCap(viewport: Viewport): number {
  const room = Math.max(0, viewport.height - 2 * EDGE);
  return Math.min(room, Math.max(Math.round(viewport.height * HEIGHT_SHARE), Math.min(SHORT_WINDOW_HEIGHT, room)));
}

/** The left edge for a box of `width`, from a place's `left` or `right` (default right), kept inside. */
function horizontal(place: Place, viewport: Viewport, width: number): number {
  const most = viewport.width - EDGE - width;
  if (place.left !== undefined) return clamp(place.left, EDGE, most);
  return viewport.width - width - clamp(place.right ?? DEFAULT_OFFSET, EDGE, most);
}

/** The floating panel's frame (or the collapsed chip's, with `collapsed`), inside the viewport. */
export function floatFrame(place: Place, viewport: Viewport, collapsed = false): Frame {
  const width = collapsed ? Math.min(CHIP.width, floatWidth(viewport)) : floatWidth(viewport);
  const left = horizontal(place, viewport, width);
  const cap = collapsed ? Math.min(CHIP.height, heightCap(viewport)) : heightCap(viewport);
  const most = viewport.height - EDGE - Math.min(collapsed ? CHIP.height : MIN_PANEL_HEIGHT, cap);
  if (place.top !== undefined) {
    const top = clamp(place.top, EDGE, most);
    return { left, width, top, maxHeight: Math.max(0, Math.min(cap, viewport.height - EDGE - top)) };
  }
  const bottom = clamp(place.bottom ?? DEFAULT_OFFSET, EDGE, most);
  return { left, width, bottom, maxHeight: Math.max(0, Math.min(cap, viewport.height - EDGE - bottom)) };
}

/** The docked column: the window's full height at its left or right edge. */
export function dockFrame(side: Side, viewport: Viewport): Frame {
  const width = dockWidth(viewport);
  const height = Math.max(0, viewport.height);
  return { left: side === 'left' ? 0 : viewport.width - width, width, top: 0, maxHeight: height, height };
}

/** Where the panel is drawn for a stored place: docked, floating, or (collapsed) the chip at the floating place. */
export function frameFor(place: Place, viewport: Viewport, collapsed: boolean): Frame {
  if (place.dock && !collapsed) return dockFrame(place.dock, viewport);
  return floatFrame(place, viewport, collapsed);
}

/** The rectangle a frame occupies once its content is `height` tall (the rendered height). */
export function rectOf(frame: Frame, height: number, viewport: Viewport): Rect {
  const h = Math.min(frame.height ?? height, frame.maxHeight);
  const top = frame.top ?? viewport.height - (frame.bottom ?? 0) - h;
  return { left: frame.left, top, width: frame.width, height: h };
}

/**
 * A rectangle moved (only) as far as needed to lie inside the viewport, `edge` from its sides
 * (less where it would not fit otherwise; a docked column uses 0).
 */
export function keepInside(rect: Rect, viewport: Viewport, edge = EDGE): Rect {
  const along = (start: number, size: number, room: number) => {
    const gap = Math.min(edge, Math.max(0, (room - size) / 2));
    return clamp(start, gap, room - gap - size);
  };
  return { ...rect, left: along(rect.left, rect.width, viewport.width), top: along(rect.top, rect.height, viewport.height) };
}

/**
 * The place to store for a panel drawn at `rect`: the distance from the nearer edge on each
 * axis (by the panel's centre), so that on another window size it keeps to the same corner.
 */
export function placeOf(rect: Rect, viewport: Viewport): Pick<Place, 'left' | 'right' | 'top' | 'bottom'> {
  const inside = keepInside(rect, viewport);
  const x = inside.left + inside.width / 2 < viewport.width / 2 ? { left: whole(inside.left) } : { right: whole(viewport.width - inside.left - inside.width) };
  const y = inside.top + inside.height / 2 < viewport.height / 2 ? { top: whole(inside.top) } : { bottom: whole(viewport.height - inside.top - inside.height) };
  return { ...x, ...y };
}

/** The floating place after moving the panel (drawn at `rect`) by dx, dy: never past the window's edges. */
export function movedBy(rect: Rect, dx: number, dy: number, viewport: Viewport) {
  return placeOf(keepInside({ ...rect, left: rect.left + dx, top: rect.top + dy }, viewport), viewport);
}

/** The side a docked panel goes to: the one nearer to where the panel (or the pointer) is. */
export const nearerSide = (x: number, viewport: Viewport): Side => (x < viewport.width / 2 ? 'left' : 'right');

/** How far NOSSA's page is pushed aside so the docked column covers none of it; null: not at all. */
export function pagePush(place: Place, collapsed: boolean, viewport: Viewport): { side: Side; width: number } | null {
  if (!place.dock || collapsed) return null;
  return { side: place.dock, width: dockWidth(viewport) };
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.left < b.left + b.width + gap && b.left - gap < a.left + a.width && a.top < b.top + b.height + gap && b.top - gap < a.top + a.height;
}

function overlapArea(a: Rect, b: Rect, gap: number): number {
  const w = Math.min(a.left + a.width, b.left + b.width + gap) - Math.max(a.left, b.left - gap);
  const h = Math.min(a.top + a.height, b.top + b.height + gap) - Math.max(a.top, b.top - gap);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the panel (drawn at `panel`) goes while NOSSA's field at `field` is being filled, so the
 * field stays in sight: null when it already is (or the field is off-screen). In order of
 * preference: the mirrored side, beside the field, whole just above or below the field, the other
 * corner, then shrunk above or below it; if nothing clears it, the place that covers the least of it.
 */
export function clearOf(panel: Rect, field: Rect, viewport: Viewport, edge = EDGE): Rect | null {
  const screen: Rect = { left: 0, top: 0, width: viewport.width, height: viewport.height };
  if (field.width <= 0 || field.height <= 0 || !overlaps(field, screen)) return null;
  if (!overlaps(panel, field, FIELD_GAP)) return null;

  const inside = (rect: Rect) => keepInside(rect, viewport, edge);
  const mirroredLeft = viewport.width - panel.left - panel.width;
  const columns = [panel.left, mirroredLeft];
  const sideways: Rect[] = [
    inside({ ...panel, left: mirroredLeft }),
    inside({ ...panel, left: field.left - FIELD_GAP - panel.width }),
    inside({ ...panel, left: field.left + field.width + FIELD_GAP }),
  ];
  // Just above or just below the field, in either column: whole if there is room, else shrunk.
  const above = Math.min(panel.height, field.top - FIELD_GAP - edge);
  const below = Math.min(panel.height, viewport.height - edge - (field.top + field.height + FIELD_GAP));
  const vertical = [
    ...(above >= MIN_SHRUNK_HEIGHT ? columns.map((left) => ({ left, top: field.top - FIELD_GAP - above, width: panel.width, height: above })) : []),
    ...(below >= MIN_SHRUNK_HEIGHT ? columns.map((left) => ({ left, top: field.top + field.height + FIELD_GAP, width: panel.width, height: below })) : []),
  ].map(inside);
  const uncut = vertical.filter((rect) => rect.height === panel.height);
  const shrunk = vertical.filter((rect) => rect.height < panel.height).sort((a, b) => b.height - a.height);
  // The other corner last but one: at the top it covers NOSSA's title bar and message bar.
  const corners = [
    inside({ ...panel, left: mirroredLeft, top: viewport.height - panel.top - panel.height }),
    inside({ ...panel, top: viewport.height - panel.top - panel.height }),
  ];
  const all = [...sideways, ...uncut, ...corners, ...shrunk];
  const clear = all.find((rect) => !overlaps(rect, field, FIELD_GAP));
  if (clear) return clear;
  return all.reduce((best, rect) => (overlapArea(rect, field, FIELD_GAP) < overlapArea(best, field, FIELD_GAP) ? rect : best));
}
