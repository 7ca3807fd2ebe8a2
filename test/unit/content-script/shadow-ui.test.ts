// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://pandu${path}` } } }));
const { createPanelShadow } = await import('@/entrypoints/nossa.content/shadow-ui');

const CSS = ':root { --pandu-red: #b3261e; } .pandu-panel { color: var(--pandu-red); } @font-face { font-family: x; src: local(x); }';

function fakeContext() {
  const invalidated: Array<() => void> = [];
  return { ctx: { onInvalidated: (fn: () => void) => void invalidated.push(fn) } as unknown as ContentScriptContext, invalidate: () => invalidated.forEach((fn) => fn()) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('the panel’s shadow root (as WXT’s createShadowRootUi built it)', () => {
  it('holds html > head > style + body, with the stylesheet reset and :root read as :host; mounts last in the body and removes', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), { text: async () => CSS }));
    const { ctx, invalidate } = fakeContext();
    const mounted: HTMLElement[] = [];
    const removed: unknown[] = [];
    document.body.append(document.createElement('main'));
    const ui = await createPanelShadow(ctx, {
      name: 'pandu-panel',
      cssFile: '/content-scripts/nossa.css',
      onMount: (body) => (mounted.push(body), 'root'),
      onRemove: (m) => removed.push(m),
    });
    expect(fetched).toEqual(['chrome-extension://pandu/content-scripts/nossa.css']);
    expect(ui.shadowHost.tagName).toBe('PANDU-PANEL');
    expect(ui.shadow.mode).toBe('open');
    const style = ui.shadow.querySelector('html > head > style')!;
    expect(style.textContent).toMatch(/^:host\{all:initial !important;\}/);
    expect(style.textContent).toContain(':host { --pandu-red');
    expect(style.textContent).not.toContain('@font-face');

    ui.mount();
    expect(document.body.lastElementChild).toBe(ui.shadowHost);
    expect(mounted).toEqual([ui.shadow.querySelector('html > body')]);
    // @font-face only works from the document.
    expect(document.head.querySelector('style')?.textContent).toContain('@font-face');

    mounted[0]!.append(document.createElement('section'));
    ui.remove();
    expect(removed).toEqual(['root']);
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(mounted[0]!.childElementCount).toBe(0);
    expect(document.head.querySelector('style')).toBeNull();

    ui.mount();
    invalidate(); // the extension reloaded or updated: the panel goes with its content script
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(removed).toEqual(['root', 'root']);
  });

  it('mounts unstyled, with a warning, when the stylesheet cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ui = await createPanelShadow(fakeContext().ctx, { name: 'pandu-panel', cssFile: '/content-scripts/nossa.css', onMount: () => null, onRemove: () => undefined });
    expect(ui.shadow.querySelector('style')!.textContent).toBe(':host{all:initial !important;}');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
