import { describe, expect, it } from 'vitest';
import {
  CHIP,
  clearOf,
  dockFrame,
  dockWidth,
  EDGE,
  floatFrame,
  frameFor,
  heightCap,
  keepInside,
  MIN_PANEL_HEIGHT,
  MIN_SHRUNK_HEIGHT,
  movedBy,
  nearerSide,
  overlaps,
  pagePush,
  PANEL_WIDTH,
  placeOf,
  rectOf,
  FIELD_GAP,
  type Frame,
  type Place,
  type Rect,
  type Viewport,
} from '@/components/panel/placement-math';

const SIZES = [320, 360, 480, 600, 683, 768, 800, 900, 1024, 1080, 1366, 1440, 1920, 2160, 2560, 3840];
const OFFSETS = [0, 1, EDGE, 16, 100, 500, 941, 1550, 3000, 3840, 10_000];

/** Every stored place worth trying: the old {right, bottom} in px, and each pair of anchors. */
const PLACES: Place[] = [
  {},
  ...OFFSETS.flatMap((x) => [0, 16, 700, 10_000].map((y) => ({ right: x, bottom: y }))),
  ...OFFSETS.flatMap((x) => [0, 16, 700, 10_000].map((y) => ({ left: x, top: y }))),
  ...[0, 16, 941, 10_000].flatMap((x) =>
    [0, 16, 700, 10_000].flatMap((y) => [
      { left: x, bottom: y },
      { right: x, top: y },
    ]),
  ),
];

/** The frame's box with the panel as tall as it may be, and the rule that it lies inside the window. */
function expectInside(frame: Frame, viewport: Viewport, label: string) {
  const box = rectOf(frame, frame.maxHeight, viewport);
  const where = `${label} in ${viewport.width}x${viewport.height}: ${JSON.stringify(frame)}`;
  if (!(frame.width > 0 && box.left >= 0 && box.left + box.width <= viewport.width && box.top >= 0 && box.top + box.height <= viewport.height)) {
    expect.fail(`outside the window: ${where}`);
  }
}

describe('the panel is drawn inside the window, whatever was stored and whatever the window', () => {
  it('every window width from 320 to 3840 px, at common heights, every stored place (old px places included)', () => {
    for (let width = 320; width <= 3840; width++) {
      for (const height of [320, 768, 2160]) {
        const viewport = { width, height };
        for (const place of PLACES) {
          expectInside(floatFrame(place, viewport), viewport, JSON.stringify(place));
          expectInside(floatFrame(place, viewport, true), viewport, `collapsed ${JSON.stringify(place)}`);
        }
        expectInside(dockFrame('left', viewport), viewport, 'docked left');
        expectInside(dockFrame('right', viewport), viewport, 'docked right');
      }
    }
  });

  it('every window height from 320 to 3840 px, at common widths', () => {
    for (let height = 320; height <= 3840; height++) {
      for (const width of [320, 683, 3840]) {
        const viewport = { width, height };
        for (const place of PLACES) {
          const frame = floatFrame(place, viewport);
          expectInside(frame, viewport, JSON.stringify(place));
          // Room enough to show a step, and never more than the cap.
          const cap = heightCap(viewport);
          if (frame.maxHeight < Math.min(MIN_PANEL_HEIGHT, cap) || frame.maxHeight > cap) expect.fail(`height ${frame.maxHeight} (cap ${cap}) in ${width}x${height}`);
          expectInside(floatFrame(place, viewport, true), viewport, `collapsed ${JSON.stringify(place)}`);
        }
      }
    }
  });

  it('every listed size, both ways, docked or not, collapsed or not', () => {
    for (const width of SIZES)
      for (const height of SIZES)
        for (const place of PLACES)
          for (const dock of [null, 'left', 'right'] as const)
            for (const collapsed of [false, true])
              expectInside(frameFor({ ...place, dock }, { width, height }, collapsed), { width, height }, JSON.stringify({ place, dock, collapsed }));
  });

  it('the reported case: moved far left on a 1920 px screen, then NOSSA in a 683 px window', () => {
    // Right offset 1550 px (the old {right, bottom} shape): the panel sat at x = -941.
    const frame = floatFrame({ right: 1550, bottom: 16 }, { width: 683, height: 768 });
    expect(frame.left).toBe(EDGE);
    expect(frame.left + frame.width).toBeLessThanOrEqual(683);
    // Back on the 1920 px screen, the same stored place is where the agent left it.
    expect(floatFrame({ right: 1550, bottom: 16 }, { width: 1920, height: 1080 }).left).toBe(1920 - 1550 - PANEL_WIDTH);
  });

  it('new agents find it bottom-right, 16 px from the edges, at most 60% of the height', () => {
    expect(floatFrame({}, { width: 1366, height: 768 })).toEqual({ left: 1366 - 16 - 360, width: 360, bottom: 16, maxHeight: 461 });
    expect(floatFrame({ right: 16, bottom: 16 }, { width: 1920, height: 1080 })).toEqual({ left: 1544, width: 360, bottom: 16, maxHeight: 648 });
  });

  it('caps the height at 60% of the window, more on a short one, never past the edges', () => {
    expect(heightCap({ width: 1366, height: 768 })).toBe(461);
    expect(heightCap({ width: 1920, height: 1080 })).toBe(648);
    expect(heightCap({ width: 683, height: 400 })).toBe(320);
    expect(heightCap({ width: 683, height: 320 })).toBe(312);
    for (let height = 0; height <= 4000; height++) {
      const cap = heightCap({ width: 1000, height });
      if (cap < 0 || cap > Math.max(0, height - 2 * EDGE)) expect.fail(`cap ${cap} for ${height}`);
    }
  });

  it('narrows the panel on a window narrower than it, and the chip too', () => {
    expect(floatFrame({}, { width: 320, height: 600 }).width).toBe(312);
    expect(floatFrame({}, { width: 200, height: 600 }, true).width).toBe(192);
    expect(floatFrame({}, { width: 1366, height: 600 }, true).width).toBe(CHIP.width);
  });
});

describe('docked', () => {
  it('is a full-height column at the chosen edge, 40% of the window between 280 and 360 px', () => {
    expect(dockFrame('right', { width: 1366, height: 768 })).toEqual({ left: 1006, width: 360, top: 0, maxHeight: 768, height: 768 });
    expect(dockFrame('left', { width: 683, height: 768 })).toEqual({ left: 0, width: 280, top: 0, maxHeight: 768, height: 768 });
    for (let width = 0; width <= 3840; width++) {
      const w = dockWidth({ width, height: 700 });
      if (w > Math.min(width, PANEL_WIDTH) || (width >= 280 && w < 280)) expect.fail(`dock width ${w} in ${width}`);
    }
  });

  it('pushes NOSSA aside only while docked and open', () => {
    const viewport = { width: 1366, height: 768 };
    expect(pagePush({ dock: 'right' }, false, viewport)).toEqual({ side: 'right', width: 360 });
    expect(pagePush({ dock: 'left' }, false, { width: 683, height: 768 })).toEqual({ side: 'left', width: 280 });
    expect(pagePush({ dock: 'left' }, true, viewport)).toBeNull();
    expect(pagePush({ dock: null }, false, viewport)).toBeNull();
    expect(pagePush({}, false, viewport)).toBeNull();
  });

  it('collapsed, shows the chip at the floating place', () => {
    expect(frameFor({ dock: 'left', right: 16, bottom: 16 }, { width: 1366, height: 768 }, true)).toEqual(
      floatFrame({ right: 16, bottom: 16 }, { width: 1366, height: 768 }, true),
    );
  });

  it('goes to the nearer side', () => {
    expect(nearerSide(100, { width: 1366, height: 768 })).toBe('left');
    expect(nearerSide(683, { width: 1366, height: 768 })).toBe('right');
  });
});

describe('moving: stored from the nearer edges, never out of the window', () => {
  it('anchors to the nearer edge on each axis', () => {
    const viewport = { width: 1366, height: 768 };
    expect(placeOf({ left: 100, top: 50, width: 360, height: 300 }, viewport)).toEqual({ left: 100, top: 50 });
    expect(placeOf({ left: 900, top: 400, width: 360, height: 300 }, viewport)).toEqual({ right: 106, bottom: 68 });
    expect(placeOf({ left: -500, top: -20, width: 360, height: 300 }, viewport)).toEqual({ left: EDGE, top: EDGE });
    expect(placeOf({ left: 5000, top: 5000, width: 360, height: 300 }, viewport)).toEqual({ right: EDGE, bottom: EDGE });
  });

  it('a place taken from where the panel is draws it there again', () => {
    for (const viewport of SIZES.flatMap((width) => [600, 768, 1080].map((height) => ({ width, height })))) {
      const width = Math.min(360, viewport.width - 2 * EDGE);
      for (let left = EDGE; left + width <= viewport.width - EDGE; left += 37) {
        for (let top = EDGE; top + 200 <= viewport.height - EDGE; top += 41) {
          const rect = { left, top, width, height: 200 };
          const frame = floatFrame(placeOf(rect, viewport), viewport);
          const drawn = rectOf(frame, 200, viewport);
          if (drawn.left !== left || drawn.top !== top) expect.fail(`${JSON.stringify(rect)} drawn at ${JSON.stringify(drawn)} in ${viewport.width}x${viewport.height}`);
        }
      }
    }
  });

  it('arrow keys (and drags) cannot push the grip out of the window, in any direction, at any size', () => {
    for (const width of SIZES) {
      for (const height of [320, 683, 768, 1080]) {
        const viewport = { width, height };
        for (const [dx, dy] of [
          [-96, 0],
          [96, 0],
          [0, -96],
          [0, 96],
          [-16, -16],
          [5000, 5000],
          [-5000, -5000],
        ] as const) {
          let place: Place = { right: 16, bottom: 16 };
          for (let press = 0; press < 60; press++) {
            const frame = floatFrame(place, viewport);
            const rect = rectOf(frame, Math.min(300, frame.maxHeight), viewport);
            place = movedBy(rect, dx, dy, viewport);
            const after = rectOf(floatFrame(place, viewport), rect.height, viewport);
            // The grip is in the header, the panel's top 32 px: inside, like the whole panel.
            if (after.left < 0 || after.top < 0 || after.left + after.width > width || after.top + Math.min(32, after.height) > height)
              expect.fail(`grip out: ${JSON.stringify(after)} in ${width}x${height}`);
          }
        }
      }
    }
  });

  it('keepInside moves a box only as far as needed', () => {
    const viewport = { width: 1000, height: 600 };
    expect(keepInside({ left: 10, top: 10, width: 100, height: 100 }, viewport)).toEqual({ left: 10, top: 10, width: 100, height: 100 });
    expect(keepInside({ left: -10, top: 900, width: 100, height: 100 }, viewport)).toEqual({ left: EDGE, top: 600 - EDGE - 100, width: 100, height: 100 });
    // A full-height column keeps to the very edges.
    expect(keepInside({ left: 640, top: 0, width: 360, height: 600 }, viewport, 0)).toEqual({ left: 640, top: 0, width: 360, height: 600 });
    expect(keepInside({ left: 640, top: 0, width: 360, height: 600 }, viewport)).toEqual({ left: 636, top: 0, width: 360, height: 600 });
  });
});

describe('during a fill, the panel keeps off the NOSSA field being written', () => {
  const viewport = { width: 1366, height: 768 };
  const panel = rectOf(floatFrame({}, viewport), 461, viewport); // bottom-right, full height

  it('stays where it is when the field is clear of it, or off-screen', () => {
    expect(clearOf(panel, { left: 243, top: 578, width: 320, height: 22 }, viewport)).toBeNull();
    expect(clearOf(panel, { left: 896, top: 900, width: 320, height: 22 }, viewport)).toBeNull();
    expect(clearOf(panel, { left: 896, top: 600, width: 0, height: 0 }, viewport)).toBeNull();
  });

  it('moves to the other side for Pending Until at 1366x768 (the right-hand column)', () => {
    const field = { left: 896, top: 578, width: 320, height: 22 };
    const moved = clearOf(panel, field, viewport)!;
    expect(overlaps(moved, field, FIELD_GAP)).toBe(false);
    expect(moved).toEqual({ ...panel, left: 1366 - panel.left - panel.width });
  });

  it('on a half screen, goes whole just above the field in its column before it would take the top corner (NOSSA’s title bar)', () => {
    const half = { width: 683, height: 768 };
    const tall = rectOf(floatFrame({}, half), 461, half);
    const pendingReason = { left: 133, top: 578, width: 185, height: 22 };
    const moved = clearOf(tall, pendingReason, half)!;
    expect(moved).toEqual({ ...tall, top: 578 - FIELD_GAP - 461 });
    expect(moved.top).toBeGreaterThan(80); // below NOSSA's title bar and toolbar
  });

  it('shrinks above or below the field when no side is clear (a docked column, a half screen)', () => {
    const half = { width: 683, height: 768 };
    const column = rectOf(dockFrame('right', half), 768, half);
    const memo = { left: 150, top: 300, width: 400, height: 60 };
    const shrunk = clearOf(column, memo, half, 0)!;
    expect(overlaps(shrunk, memo, FIELD_GAP)).toBe(false);
    expect(shrunk.height).toBeGreaterThanOrEqual(MIN_SHRUNK_HEIGHT);
    expect(shrunk.left + shrunk.width).toBeLessThanOrEqual(683);
  });

  it('always finds a clear place for a field up to 320x130 px, in any window from 683x400, anywhere on screen', () => {
    for (const width of [683, 800, 1024, 1366, 1440, 1920, 3840]) {
      for (const height of [400, 600, 768, 900, 1080, 2160]) {
        const view = { width, height };
        const panels: Array<[Rect, number]> = [
          [rectOf(floatFrame({}, view), heightCap(view), view), EDGE],
          [rectOf(floatFrame({ left: 16, top: 16 }, view), 250, view), EDGE],
          [rectOf(floatFrame({ left: 300, bottom: 100 }, view), heightCap(view), view), EDGE],
          [rectOf(dockFrame('right', view), height, view), 0],
          [rectOf(dockFrame('left', view), height, view), 0],
        ];
        for (const [fw, fh] of [
          [320, 22],
          [120, 22],
          [320, 130],
          [460, 22],
        ] as const) {
          if (fw > 320 && width < 1024) continue;
          for (let left = 0; left + fw <= width; left += 53) {
            for (let top = 0; top + fh <= height; top += 47) {
              const field = { left, top, width: fw, height: fh };
              for (const [rect, edge] of panels) {
                const result = clearOf(rect, field, view, edge);
                const drawn = result ?? rect;
                if (overlaps(drawn, field, FIELD_GAP)) expect.fail(`covers ${JSON.stringify(field)} in ${width}x${height} from ${JSON.stringify(rect)}: ${JSON.stringify(drawn)}`);
                if (drawn.left < 0 || drawn.top < 0 || drawn.left + drawn.width > width || drawn.top + drawn.height > height) expect.fail(`outside: ${JSON.stringify(drawn)}`);
                if (result && result.height < Math.min(MIN_SHRUNK_HEIGHT, rect.height)) expect.fail(`too small: ${JSON.stringify(result)}`);
              }
            }
          }
        }
      }
    }
  });

  it('with no clear place at all, covers as little of the field as it can', () => {
    const tiny = { width: 400, height: 300 };
    const field = { left: 0, top: 0, width: 400, height: 300 };
    const result = clearOf({ left: 20, top: 20, width: 360, height: 260 }, field, tiny)!;
    expect(result.left).toBeGreaterThanOrEqual(0);
    expect(result.top).toBeGreaterThanOrEqual(0);
  });
});
