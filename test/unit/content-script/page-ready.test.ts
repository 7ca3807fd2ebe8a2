// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentParsed } from '@/entrypoints/nossa.content/page-ready';

describe("the content script waits for NOSSA's markup", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('goes on at once when the page is already parsed (a script injected at document_idle)', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('complete');
    await expect(documentParsed()).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded while the page is still loading (document_start)', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    let parsed = false;
    void documentParsed().then(() => (parsed = true));
    await Promise.resolve();
    expect(parsed).toBe(false);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await vi.waitFor(() => expect(parsed).toBe(true));
  });
});
