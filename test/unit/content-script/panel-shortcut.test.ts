// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { panelFocusRequests } from '@/components/panel/panel-focus';
import { nossaProfile } from '@/lib/sites';
import { startPanelShortcut } from '@/entrypoints/nossa.content/panel-shortcut';

/**
 * The panel shortcut on the page (entrypoints/nossa.content/panel-shortcut.ts): into the panel's
 * shadow root, and back to the NOSSA element the agent was in, found again by its id when Maximo
 * re-rendered it, else NOSSA's main field (the ticket id, located with the site profile).
 */
let shadow: ShadowRoot;
let shortcut: ReturnType<typeof startPanelShortcut>;

beforeEach(() => {
  document.body.innerHTML = `
    <label for="m1">Incident</label><input id="m1" title="Incident: IN110088258" value="IN110088258">
    <label for="m2">Summary</label><input id="m2" title="Summary: Internet mati" value="Internet mati">`;
  const host = document.createElement('pandu-panel');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<button id="collapse">▁</button>';
  shortcut = startPanelShortcut(document, shadow, () => nossaProfile);
});
afterEach(() => {
  shortcut.stop();
  panelFocusRequests.take();
});

/** What the flow does when the request arrives (FlowPanel, useStepFocus): it takes it and focuses its control. */
function flowTakesIt(control: HTMLElement) {
  const stop = panelFocusRequests.subscribe(() => {
    if (panelFocusRequests.take()) control.focus();
  });
  return stop;
}

describe('the panel shortcut', () => {
  it('goes into the panel, onto the control the flow gives, and back to the NOSSA field the agent was in', async () => {
    const step = Object.assign(document.createElement('input'), { id: 'step' });
    shadow.append(step);
    const stop = flowTakesIt(step);
    document.getElementById('m2')!.focus();

    await expect(shortcut.toggle()).resolves.toBe('panel');
    expect(shadow.activeElement).toBe(step);
    await expect(shortcut.toggle()).resolves.toBe('page');
    expect(document.activeElement).toBe(document.getElementById('m2'));
    stop();
  });

  it('finds the field again by its id when NOSSA re-rendered it', async () => {
    document.getElementById('m2')!.focus();
    const again = Object.assign(document.createElement('input'), { id: 'm2' });
    document.getElementById('m2')!.replaceWith(again);
    shadow.getElementById('collapse')!.focus();
    await expect(shortcut.toggle()).resolves.toBe('page');
    expect(document.activeElement).toBe(again);
  });

  it('goes back to NOSSA’s main field (the ticket id) when the agent was on none', async () => {
    shadow.getElementById('collapse')!.focus();
    await expect(shortcut.toggle()).resolves.toBe('page');
    expect(document.activeElement).toBe(document.getElementById('m1'));
  });

  it('with no flow to take it, focuses the panel’s first control', async () => {
    await expect(shortcut.toggle()).resolves.toBe('panel');
    expect(shadow.activeElement).toBe(shadow.getElementById('collapse'));
  });

  it('says "none" when the panel is not on the page', async () => {
    shadow.host.remove();
    await expect(shortcut.toggle()).resolves.toBe('none');
  });
});
