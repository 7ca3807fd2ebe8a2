// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/panel/Panel';
import { setFillFocus } from '@/components/panel/fill-focus';
import { pushPage } from '@/components/panel/page-push';
import { PanelReset } from '@/entrypoints/popup/PanelReset';
import { defaultPanelPlacement, type PanelPlacement, type Settings } from '@/lib/schema';
import { nossaProfile, type PageState, type PageWatcher } from '@/lib/sites';
import { fromDashboard } from '../abuse/background';
import { messaging } from './messaging-fake';
import { renderPanel, renderPopup, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * The panel's place (components/panel/usePlacement, Panel's header) and the popup's reset, on
 * preact/compat with the real background handlers: what the agent switches is stored in settings
 * (which every NOSSA tab receives), NOSSA's page is pushed aside only while docked and left as it
 * was, and during a fill the NOSSA field being written is outlined and the panel keeps off it.
 */
let bg: TestBackground;

/** A NOSSA list page (no ticket): the panel's shell without a flow. */
const listPage: PageWatcher = (() => {
  const state: PageState = { kind: 'list', ticket: null, user: '930101' };
  return { getSnapshot: () => state, subscribe: () => () => undefined, getProfile: () => nossaProfile, stop: () => undefined } as unknown as PageWatcher;
})();

const stored = async () => (await bg.ask<Settings>('getSettings', undefined)).panel;
const section = () => screen.getByTestId('pandu-panel');

async function renderAt(panel: PanelPlacement) {
  const settings = await bg.send<Settings>('updateSettings', { panel }, fromDashboard);
  renderPanel(<Panel watcher={listPage} />, { settings });
  await screen.findByTestId('pandu-panel');
}

beforeEach(async () => {
  bg = await startTestBackground('panel');
  document.documentElement.removeAttribute('style');
});
afterEach(() => setFillFocus(null));

describe('the panel header', () => {
  it('compact: one keyboard-reachable toggle, pressed state said, stored', async () => {
    await renderAt(defaultPanelPlacement());
    const compact = screen.getByRole('button', { name: 'Ringkas: hanya langkah yang sedang berjalan' });
    expect(compact.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(compact);
    await waitFor(() => expect(section().classList.contains('compact')).toBe(true));
    expect(compact.getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect(await stored()).toMatchObject({ compact: true }));
  });

  it('docked: a full-height column at the nearer edge; NOSSA is pushed aside, and left without a trace when undocked', async () => {
    await renderAt(defaultPanelPlacement());
    const dock = screen.getByTestId('pandu-dock');
    // Where the floating panel is drawn (happy-dom lays nothing out): bottom-right, so it docks right.
    const at = { left: window.innerWidth - 376, top: window.innerHeight - 316, width: 360, height: 300 };
    vi.spyOn(section(), 'getBoundingClientRect').mockReturnValue({ ...at, x: at.left, y: at.top, right: at.left + 360, bottom: at.top + 300, toJSON: () => at });
    expect(dock.getAttribute('aria-label')).toBe('Tempel di tepi layar (halaman NOSSA bergeser)');
    fireEvent.click(dock);
    await waitFor(() => expect(section().getAttribute('data-mode')).toBe('docked'));
    expect(section().style.height).toBe(`${window.innerHeight}px`);
    await waitFor(() => expect(document.documentElement.style.marginRight).toBe('360px'));
    await waitFor(async () => expect((await stored()).dock).toBe('right'));
    // Left / Right on the grip moves the column; the margin follows.
    fireEvent.keyDown(screen.getByTestId('pandu-grip'), { key: 'ArrowLeft' });
    await waitFor(() => expect(section().classList.contains('dock-left')).toBe(true));
    await waitFor(() => expect([document.documentElement.style.marginLeft, document.documentElement.style.marginRight]).toEqual(['360px', '']));
    fireEvent.click(screen.getByRole('button', { name: 'Lepas dari tepi layar' }));
    await waitFor(() => expect(section().getAttribute('data-mode')).toBe('floating'));
    await waitFor(() => expect(document.documentElement.hasAttribute('style')).toBe(false));
    await waitFor(async () => expect((await stored()).dock).toBeNull());
  });

  it('collapsed while docked: the page gets its width back; the chip opens the column again', async () => {
    await renderAt({ ...defaultPanelPlacement(), dock: 'right' });
    await waitFor(() => expect(document.documentElement.style.marginRight).toBe('360px'));
    fireEvent.click(screen.getByTestId('pandu-collapse'));
    await screen.findByTestId('pandu-expand');
    await waitFor(() => expect(document.documentElement.hasAttribute('style')).toBe(false));
    fireEvent.click(screen.getByTestId('pandu-expand'));
    await waitFor(() => expect(section().getAttribute('data-mode')).toBe('docked'));
  });

  it('an old version’s place far off to the left is drawn inside this window', async () => {
    await renderAt({ collapsed: false, dock: null, compact: false, right: 1550, bottom: 16 });
    const left = Number.parseFloat(section().style.left);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + Number.parseFloat(section().style.width)).toBeLessThanOrEqual(window.innerWidth);
  });

  it('a place changed elsewhere (the popup’s reset, another tab) applies at once', async () => {
    await renderAt({ ...defaultPanelPlacement(), left: 40, right: undefined, top: 40, bottom: undefined });
    expect(section().style.left).toBe('40px');
    await act(() => bg.send('updateSettings', { panel: defaultPanelPlacement() }, fromDashboard));
    await waitFor(() => expect(section().style.left).toBe(`${window.innerWidth - 16 - 360}px`));
    expect(section().style.bottom).toBe('16px');
  });
});

describe('keyboard moves while the background is slow', () => {
  /** happy-dom lays nothing out: the panel's box is read from the style the panel drew itself with (300 px tall). */
  function measureFromStyle() {
    vi.spyOn(section(), 'getBoundingClientRect').mockImplementation(() => {
      const style = section().style;
      const left = Number.parseFloat(style.left);
      const top = style.top ? Number.parseFloat(style.top) : window.innerHeight - Number.parseFloat(style.bottom) - 300;
      return { left, top, x: left, y: top, width: 360, height: 300, right: left + 360, bottom: top + 300, toJSON: () => null };
    });
  }
  /** updateSettings held: written (and pushed to every tab) in order when released, its reply sent when the test says. */
  function holdSaves() {
    const held: Array<{ patch: unknown; reply: (settings: Settings) => void }> = [];
    messaging.answer('updateSettings', (patch) => new Promise<Settings>((reply) => held.push({ patch, reply })));
    const write = async (index: number) => {
      let written: Settings | undefined;
      await act(async () => {
        written = await bg.send<Settings>('updateSettings', held[index]!.patch, fromDashboard);
      });
      return written!;
    };
    return { held, write };
  }
  const shownLeft = () => Number.parseFloat(section().style.left);
  const press = (key: string) => act(() => void fireEvent.keyDown(screen.getByTestId('pandu-grip'), { key }));

  it('an earlier press’s place coming back mid-move does not pull the panel back, nor lose a press', async () => {
    await renderAt(defaultPanelPlacement());
    measureFromStyle();
    const start = shownLeft();
    const { held, write } = holdSaves();
    await press('ArrowLeft');
    await press('ArrowLeft');
    expect(shownLeft()).toBe(start - 32);
    // The first press is stored and pushed, and answered, while the second is still on its way.
    const first = await write(0);
    await act(() => held[0]!.reply(first));
    expect(shownLeft()).toBe(start - 32);
    await press('ArrowLeft');
    expect(shownLeft()).toBe(start - 48);
    // The rest is stored in order, the replies come back newest first, and a late push of an older place after them.
    const second = await write(1);
    const third = await write(2);
    await act(() => held[2]!.reply(third));
    await act(() => held[1]!.reply(second));
    await act(() => messaging.push('settingsChanged', second));
    expect(shownLeft()).toBe(start - 48);
    expect(await stored()).toMatchObject({ right: window.innerWidth - (start - 48) - 360, bottom: 16 });
  });

  it('a place set elsewhere while this tab’s moves were on their way applies once they are answered', async () => {
    await renderAt(defaultPanelPlacement());
    measureFromStyle();
    const { held, write } = holdSaves();
    await press('ArrowUp');
    const moved = await write(0);
    // The popup's reset lands after this tab's move was stored, before its reply.
    await act(() => bg.send('updateSettings', { panel: { ...defaultPanelPlacement(), left: 40, right: undefined } }, fromDashboard));
    await act(() => held[0]!.reply(moved));
    await waitFor(() => expect(shownLeft()).toBe(40));
  });
});

describe('during a fill', () => {
  it('outlines the NOSSA field being written from our own layer, and the panel keeps off it', async () => {
    await renderAt(defaultPanelPlacement());
    // NOSSA's field, where the bottom-right panel would cover it (happy-dom lays nothing out).
    const field = document.createElement('input');
    field.id = 'mx1234';
    document.body.append(field);
    const box = { left: window.innerWidth - 300, top: window.innerHeight - 100, width: 200, height: 22 };
    vi.spyOn(field, 'getBoundingClientRect').mockReturnValue({ ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON: () => box });

    await act(() => setFillFocus({ field: 'pendingUntil', element: field }));
    const outline = await screen.findByTestId('fill-outline');
    expect(outline.getAttribute('data-field')).toBe('pendingUntil');
    expect(outline.getAttribute('aria-hidden')).toBe('true');
    expect(outline.style.left).toBe(`${box.left - 3}px`);
    expect(outline.style.top).toBe(`${box.top - 3}px`);
    expect(field.attributes).toHaveLength(1); // NOSSA's markup untouched: still only its id
    await waitFor(() => expect(section().classList.contains('clearing')).toBe(true));
    const left = Number.parseFloat(section().style.left);
    const width = Number.parseFloat(section().style.width);
    expect(left + width <= box.left || left >= box.left + box.width).toBe(true);

    await act(() => setFillFocus(null));
    await waitFor(() => expect(screen.queryByTestId('fill-outline')).toBeNull());
    expect(section().classList.contains('clearing')).toBe(false);
    field.remove();
  });
});

describe('pushPage', () => {
  it('puts back exactly the inline margin NOSSA had', () => {
    const root = document.documentElement;
    root.style.setProperty('margin-right', '7px');
    const undo = pushPage(document, 'right', 280);
    expect(root.style.marginRight).toBe('280px');
    undo();
    expect(root.style.marginRight).toBe('7px');
    root.removeAttribute('style');
  });
});

describe('the popup’s "Kembalikan posisi panel"', () => {
  it('stores the default place (floating, bottom-right, open) and keeps compact as the agent chose', async () => {
    const settings = await bg.send<Settings>('updateSettings', { panel: { collapsed: true, dock: 'left', compact: true, left: 4, top: 900 } }, fromDashboard);
    renderPopup(<PanelReset />, { settings });
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan posisi panel' }));
    expect((await screen.findByRole('status')).textContent).toContain('Posisi panel dikembalikan');
    expect(await stored()).toEqual({ ...defaultPanelPlacement(), compact: true });
  });
});
