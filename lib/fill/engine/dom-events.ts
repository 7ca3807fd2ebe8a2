/**
 * Setting values and firing the events a host page listens to. Works from a content script's
 * isolated world: DOM events reach the page's listeners; properties are set with the native
 * setter, so a framework that tracks the value (React) still sees a change.
 */
function nativeSetter(el: Element): ((value: string) => void) | undefined {
  const win = el.ownerDocument.defaultView;
  const proto = el.tagName === 'TEXTAREA' ? win?.HTMLTextAreaElement.prototype : el.tagName === 'SELECT' ? win?.HTMLSelectElement.prototype : win?.HTMLInputElement.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the caller invokes it with .call(element, value)
  return proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
}

export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const setter = nativeSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
}

const eventInit = { bubbles: true, cancelable: true, composed: true };

export function fire(el: EventTarget & Node, type: 'input' | 'change'): void {
  const win = el.ownerDocument?.defaultView ?? window;
  el.dispatchEvent(type === 'input' ? new win.InputEvent('input', { ...eventInit, inputType: 'insertText' }) : new win.Event('change', eventInit));
}

export function fireKey(el: EventTarget & Node, type: 'keydown' | 'keyup', key = 'Unidentified'): void {
  const win = el.ownerDocument?.defaultView ?? window;
  el.dispatchEvent(new win.KeyboardEvent(type, { ...eventInit, key }));
}

/** A click as a person makes it: pointer and mouse down/up, then click. */
export function clickLike(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView ?? window;
  const init = { ...eventInit, button: 0, view: win };
  el.dispatchEvent(new win.PointerEvent('pointerdown', init));
  el.dispatchEvent(new win.MouseEvent('mousedown', init));
  el.dispatchEvent(new win.PointerEvent('pointerup', init));
  el.dispatchEvent(new win.MouseEvent('mouseup', init));
  el.click();
}

/** Replaces an editable body's text, keeping line breaks, without parsing any HTML. */
export function setEditableText(body: HTMLElement, text: string): void {
  const doc = body.ownerDocument;
  body.replaceChildren();
  text.split('\n').forEach((line, index) => {
    if (index > 0) body.appendChild(doc.createElement('br'));
    body.appendChild(doc.createTextNode(line));
  });
}
