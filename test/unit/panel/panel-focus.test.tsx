// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAKE_WAIT_MS, panelFocusRequests, useExpandOnFocusRequest } from '@/components/panel/panel-focus';

/**
 * The shortcut's request to the panel (components/panel/panel-focus.ts): it waits for a flow to
 * take it, a collapsed panel opens for it, and nothing waits forever.
 */
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  panelFocusRequests.take(); // no request left over for the next test
});

describe('a shortcut request', () => {
  it('resolves true once taken, and is taken once', async () => {
    const asked = panelFocusRequests.request();
    expect(panelFocusRequests.pending()).toBe(true);
    expect(panelFocusRequests.take()).toBe(true);
    expect(panelFocusRequests.take()).toBe(false);
    await expect(asked).resolves.toBe(true);
  });

  it('resolves false when nothing takes it in time (no flow on the page); a flow mounted later still takes it', async () => {
    vi.useFakeTimers();
    const asked = panelFocusRequests.request();
    vi.advanceTimersByTime(TAKE_WAIT_MS);
    await expect(asked).resolves.toBe(false);
    // A flow mounted later takes it all the same (the agent asked for the panel).
    expect(panelFocusRequests.take()).toBe(true);
  });

  it('tells its listeners, and stops telling one that unsubscribed', () => {
    const heard = vi.fn();
    const stop = panelFocusRequests.subscribe(heard);
    void panelFocusRequests.request();
    stop();
    void panelFocusRequests.request();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe('useExpandOnFocusRequest (Panel.tsx)', () => {
  function Chip({ start }: { start: boolean }) {
    const [collapsed, setCollapsed] = useState(start);
    useExpandOnFocusRequest(collapsed, () => setCollapsed(false));
    return (
      <button type="button" data-collapsed={collapsed} onClick={() => setCollapsed(true)}>
        Pandu
      </button>
    );
  }

  it('opens a collapsed panel for a new request; collapsing again afterwards stays collapsed', async () => {
    const { getByRole } = render(<Chip start />);
    const chip = getByRole('button');
    expect(chip.dataset.collapsed).toBe('true');
    await act(() => void panelFocusRequests.request());
    expect(chip.dataset.collapsed).toBe('false');
    panelFocusRequests.take();
    await act(() => chip.click());
    expect(chip.dataset.collapsed).toBe('true');
  });

  it('leaves an open panel open', async () => {
    const { getByRole } = render(<Chip start={false} />);
    await act(() => void panelFocusRequests.request());
    expect(getByRole('button').dataset.collapsed).toBe('false');
  });
});
