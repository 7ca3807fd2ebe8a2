import { describe, expect, it, vi } from 'vitest';
import type { BackgroundContext } from '@/entrypoints/background/context';

// chrome.scripting as the handler drives it: one injection per call, recorded.
const injected: unknown[] = [];
vi.mock('wxt/browser', () => ({ browser: { scripting: { executeScript: async (injection: unknown) => void injected.push(injection) } } }));

const { FLOW_STEPS_FILE, PANEL_TOOLS_FILE, siteHandlers } = await import('@/entrypoints/background/site-handlers');
const handlers = siteHandlers({ hostPatterns: () => [] } as unknown as BackgroundContext);
const fromPanel = { id: 'x', url: 'https://nossa.telkom.co.id/maximo/ui/', tab: { id: 7 } };

describe('loadPanelTools', () => {
  it('injects the tools into the tab and frame of the panel that asked, at once', async () => {
    expect(await handlers.loadPanelTools(undefined, { ...fromPanel, frameId: 3 })).toBe(true);
    expect(await handlers.loadPanelTools(undefined, fromPanel)).toBe(true);
    expect(injected).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: [PANEL_TOOLS_FILE], injectImmediately: true },
      { target: { tabId: 7, frameIds: [0] }, files: [PANEL_TOOLS_FILE], injectImmediately: true },
    ]);
  });

  it('refuses a sender without a tab (an extension page)', async () => {
    await expect(handlers.loadPanelTools(undefined, { id: 'x', url: 'chrome-extension://x/dashboard.html' })).rejects.toThrow(/^not-found:/);
  });
});

describe('loadFlowSteps', () => {
  it('injects the flow’s steps into the tab and frame of the panel that asked; refuses a sender without a tab', async () => {
    injected.length = 0;
    expect(await handlers.loadFlowSteps(undefined, { ...fromPanel, frameId: 2 })).toBe(true);
    expect(injected).toEqual([{ target: { tabId: 7, frameIds: [2] }, files: [FLOW_STEPS_FILE], injectImmediately: true }]);
    await expect(handlers.loadFlowSteps(undefined, { id: 'x', url: 'chrome-extension://x/dashboard.html' })).rejects.toThrow(/^not-found:/);
  });
});

describe('an injection is tied to the document that asked', () => {
  it('by its document id when Chrome names it (a frame navigated since would not hold the panel), not by its frame', async () => {
    injected.length = 0;
    const fromDocument = { ...fromPanel, frameId: 2, documentId: 'D0C5F1A7' };
    expect(await handlers.loadFlowSteps(undefined, fromDocument)).toBe(true);
    expect(await handlers.loadPanelTools(undefined, fromDocument)).toBe(true);
    expect(injected).toEqual([
      { target: { tabId: 7, documentIds: ['D0C5F1A7'] }, files: [FLOW_STEPS_FILE], injectImmediately: true },
      { target: { tabId: 7, documentIds: ['D0C5F1A7'] }, files: [PANEL_TOOLS_FILE], injectImmediately: true },
    ]);
  });
});
