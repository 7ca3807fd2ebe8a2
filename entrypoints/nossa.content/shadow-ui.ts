import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { splitShadowRootCss } from 'wxt/utils/split-shadow-root-css';

export interface PanelShadow {
  shadow: ShadowRoot;
  shadowHost: HTMLElement;
  mount: () => void;
  remove: () => void;
}

/**
 * The panel's shadow root, built as WXT's createShadowRootUi builds it with the options the panel
 * used (position inline, appended last to the body, stylesheet from the extension): a `<name>` host
 * with an open shadow root holding `<html><head><style></head><body></html>`, the stylesheet's
 * :root rules applied to :host, @property and @font-face rules in the document. Without the parts
 * the panel never used (auto-mount, anchors, overlay and modal positions), which every NOSSA page
 * loaded with the content script: about 3 KB gzip.
 */
export async function createPanelShadow<T>(
  ctx: ContentScriptContext,
  { name, cssFile, onMount, onRemove }: { name: string; cssFile: string; onMount: (container: HTMLElement) => T; onRemove: (mounted: T | undefined) => void },
): Promise<PanelShadow> {
  const css = `:host{all:initial !important;}\n${(await loadCss(cssFile)).replaceAll(':root', ':host')}`;
  const { shadowCss, documentCss } = splitShadowRootCss(css.trim());
  const shadowHost = document.createElement(name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = shadowCss;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  const documentStyle = documentCss ? Object.assign(document.createElement('style'), { textContent: documentCss }) : null;

  let mounted: T | undefined;
  const mount = () => {
    document.body.append(shadowHost);
    if (documentStyle && !documentStyle.isConnected) (document.head ?? document.body).append(documentStyle);
    mounted = onMount(body);
  };
  const remove = () => {
    onRemove(mounted);
    shadowHost.remove();
    documentStyle?.remove();
    body.replaceChildren();
    mounted = undefined;
  };
  ctx.onInvalidated(remove);
  return { shadow, shadowHost, mount, remove };
}

/** The content script's stylesheet, web-accessible (wxt.config.ts); without it the panel shows unstyled. */
async function loadCss(file: string): Promise<string> {
  // WXT's PublicPath type lists public/ and HTML pages, not a content script's built stylesheet.
  const url = (browser.runtime.getURL as (path: string) => string)(file);
  try {
    return await (await fetch(url)).text();
  } catch (error) {
    console.warn(`Pandu: the panel's stylesheet could not be loaded (${url})`, error);
    return '';
  }
}
