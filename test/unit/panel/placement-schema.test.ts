import { describe, expect, it } from 'vitest';
import { defaultPanelPlacement, defaultSettings, panelPlacementSchema, settingsPatchSchema, settingsSchema } from '@/lib/schema';
import { floatFrame } from '@/components/panel/placement-math';

describe('the stored panel placement', () => {
  it('loads an older version’s {collapsed, right, bottom} in px, and draws it clamped into a small window', () => {
    const old = { collapsed: false, right: 1550, bottom: 16 };
    const parsed = panelPlacementSchema.parse(old);
    expect(parsed).toEqual({ ...old, dock: null, compact: false });
    expect(settingsSchema.parse({ panel: old }).panel).toEqual(parsed);
    expect(floatFrame(parsed, { width: 683, height: 768 }).left).toBe(4);
  });

  it('defaults to bottom-right, floating, full', () => {
    expect(defaultSettings().panel).toEqual(defaultPanelPlacement());
    expect(defaultPanelPlacement()).toEqual({ collapsed: false, dock: null, compact: false, right: 16, bottom: 16 });
    expect(panelPlacementSchema.parse({})).toEqual({ collapsed: false, dock: null, compact: false });
  });

  it('takes one anchor per axis, docked sides, compact', () => {
    expect(panelPlacementSchema.parse({ left: 40, top: 8, dock: 'left', compact: true })).toMatchObject({ left: 40, top: 8, dock: 'left', compact: true });
    for (const bad of [{ left: 1, right: 1 }, { top: 1, bottom: 1 }, { right: -1 }, { bottom: 10_001 }, { left: 1.5 }, { dock: 'top' }, { compact: 'yes' }]) {
      expect(panelPlacementSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(settingsPatchSchema.safeParse({ panel: bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
