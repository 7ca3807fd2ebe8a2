// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/panel/Panel';
import { SiteProfileContext } from '@/components/panel/SiteProfileContext';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { FlowStoreContext } from '@/components/panel/flow/useFlow';
import { createPanelTools } from '@/components/panel/tools/create-tools';
import { loadPanelTools } from '@/components/panel/tools/load-tools';
import { publishPanelTools, publishedPanelTools } from '@/components/panel/tools/panel-tools';
import { resetPickerStores } from '@/components/panel/picker/picker-store';
import { SettingsProvider } from '@/components/SettingsProvider';
import { panelTextsId } from '@/lib/i18n/panel-texts-id';
import { nossaProfile, type PageState, type PageWatcher } from '@/lib/sites';
import { messaging } from './messaging-fake';
import { startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * The panel tools (page check box, field picker, deep check) are a second script the background
 * injects on first use; here the injection is the test's answer to `loadPanelTools`, and the
 * panel renders with the content script's own catalogue (Indonesian, without the picker's texts).
 */
const SLOT = Symbol.for('pandu.panelTools');
const unpublish = () => delete (globalThis as Record<symbol, unknown>)[SLOT];
/** What the background does for `loadPanelTools`: runs the tools script in this page's world. */
const inject = () => {
  if (!publishedPanelTools()) publishPanelTools(createPanelTools());
  return true;
};

const listPage: PageWatcher = (() => {
  const state: PageState = { kind: 'list', ticket: null, user: '930101' };
  return { getSnapshot: () => state, subscribe: () => () => undefined, getProfile: () => nossaProfile, stop: () => undefined } as unknown as PageWatcher;
})();

let bg: TestBackground;
let flows: ReturnType<typeof createFlowStore>;
beforeEach(async () => {
  unpublish();
  resetPickerStores();
  bg = await startTestBackground('panel');
  flows = createFlowStore();
});
afterEach(() => {
  flows.stop();
  unpublish();
});

function renderContentScriptPanel() {
  return render(
    <SettingsProvider catalogues={{ id: panelTextsId }} initial={bg.settings}>
      <SiteProfileContext.Provider value={nossaProfile}>
        <FlowStoreContext.Provider value={flows}>
          <Panel watcher={listPage} />
        </FlowStoreContext.Provider>
      </SiteProfileContext.Provider>
    </SettingsProvider>,
  );
}

describe('loading the panel tools', () => {
  it('asks the background once, however many ask at once; a failure is thrown and asked again next time', async () => {
    messaging.answer('loadPanelTools', () => true); // ran, but published nothing
    await expect(loadPanelTools()).rejects.toThrow(/offered nothing/);
    messaging.answer('loadPanelTools', inject);
    const [first, second] = await Promise.all([loadPanelTools(), loadPanelTools()]);
    expect(first).toBe(second);
    expect(await loadPanelTools()).toBe(first);
    expect(messaging.sentOf('loadPanelTools')).toHaveLength(2);
  });
});

describe('the page check in the panel', () => {
  it('loads the tools on the first click and shows the report with the picker’s Indonesian texts; closes', async () => {
    messaging.answer('loadPanelTools', inject);
    renderContentScriptPanel();
    expect(screen.queryByTestId('page-check')).toBeNull();
    fireEvent.click(await screen.findByTestId('page-check-run'));
    expect(await screen.findByTestId('page-check')).toBeTruthy();
    // The content script does not carry "Pilih di halaman": the tools brought it.
    expect(screen.getAllByTestId('picker-pick')[0]!.textContent).toBe('Pilih di halaman');
    expect(messaging.sentOf('loadPanelTools')).toHaveLength(1);
    fireEvent.click(screen.getByText(panelTextsId['check.close']));
    await vi.waitFor(() => expect(screen.queryByTestId('page-check')).toBeNull());
  });

  it('says so in the panel when the tools cannot be loaded (here the fake browser has no chrome.scripting), and tries again on the next click', async () => {
    renderContentScriptPanel();
    fireEvent.click(await screen.findByTestId('page-check-run'));
    const alert = await screen.findByTestId('page-check-tools-failed');
    expect(alert.textContent).toMatch(/^Alat cek halaman tidak dapat dimuat \([\s\S]+\)\. Muat ulang halaman/);
    messaging.answer('loadPanelTools', inject);
    fireEvent.click(screen.getByTestId('page-check-run'));
    expect(await screen.findByTestId('page-check')).toBeTruthy();
    expect(screen.queryByTestId('page-check-tools-failed')).toBeNull();
  });
});
