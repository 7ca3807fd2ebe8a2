import { controlAt, nameOf } from '@/lib/sites/picked-control';

/**
 * One "click the field on NOSSA" session. NOSSA must not act on the lead's clicks meanwhile
 * (a click on a value list sends a round trip, a focus flushes a pending change), so pointer and
 * mouse events are taken in the capture phase at the window, before any of NOSSA's listeners,
 * and stopped there with their default actions (focus, text selection). The hovered control is
 * outlined by an element in OUR shadow root, over the control's box: NOSSA's markup and styles
 * are never touched. Events on Pandu's own panel pass (it is how the lead cancels). Same-origin
 * frames (the rich-text Details editor) get the same treatment, their clicks meaning the frame.
 */
/** Where the outline goes (our shadow root) and what counts as Pandu's own UI (its host). */
export interface PickOwner {
  root: ParentNode;
  host: Element;
}

export interface PickHandlers {
  onPick: (control: Element) => void;
  onCancel: () => void;
}

const SWALLOWED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'touchstart'] as const;

export function startPicking(doc: Document, owner: PickOwner, handlers: PickHandlers): () => void {
  const view = doc.defaultView ?? window;
  const outline = doc.createElement('div');
  outline.setAttribute('data-testid', 'picker-outline');
  outline.setAttribute('aria-hidden', 'true');
  // Inline: no page stylesheet reaches a shadow root, and this needs none of ours. Below the
  // panel (z-index 2147483000), above NOSSA; it never takes a pointer event.
  Object.assign(outline.style, {
    position: 'fixed',
    zIndex: '2147482990',
    pointerEvents: 'none',
    border: '3px solid #b3261e',
    borderRadius: '3px',
    background: 'rgba(179, 38, 30, .10)',
    boxSizing: 'border-box',
    display: 'none',
  } satisfies Partial<CSSStyleDeclaration>);
  const caption = doc.createElement('span');
  Object.assign(caption.style, {
    position: 'absolute',
    left: '-3px',
    bottom: '100%',
    font: '600 12px/1.4 system-ui, sans-serif',
    color: '#fff',
    background: '#b3261e',
    padding: '1px 6px',
    borderRadius: '3px 3px 0 0',
    whiteSpace: 'nowrap',
  } satisfies Partial<CSSStyleDeclaration>);
  outline.append(caption);
  owner.root.append(outline);

  let hovered: Element | null = null;
  const place = () => {
    if (!hovered?.isConnected) {
      outline.style.display = 'none';
      return;
    }
    const box = hovered.getBoundingClientRect();
    Object.assign(outline.style, { display: 'block', left: `${box.left - 3}px`, top: `${box.top - 3}px`, width: `${box.width + 6}px`, height: `${box.height + 6}px` });
    caption.textContent = nameOf(hovered) ?? hovered.tagName.toLowerCase();
  };

  const ours = (event: Event) => event.composedPath().includes(owner.host);
  /** The control an event means: in a frame, the frame element itself. */
  const controlOf = (event: Event, frame: HTMLIFrameElement | null) => (frame ? frame : controlAt(event.target instanceof Element ? event.target : null));

  const listen = (target: Window, frame: HTMLIFrameElement | null) => {
    const onHover = (event: Event) => {
      if (!frame && ours(event)) return;
      hovered = controlOf(event, frame);
      place();
    };
    const onPress = (event: Event) => {
      if (!frame && ours(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.type !== 'click') return;
      const control = controlOf(event, frame);
      if (control) handlers.onPick(control);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      handlers.onCancel();
    };
    const options = { capture: true, passive: false } as const;
    target.addEventListener('mouseover', onHover, options);
    for (const type of SWALLOWED) target.addEventListener(type, onPress, options);
    target.addEventListener('keydown', onKey, options);
    return () => {
      target.removeEventListener('mouseover', onHover, options);
      for (const type of SWALLOWED) target.removeEventListener(type, onPress, options);
      target.removeEventListener('keydown', onKey, options);
    };
  };

  const stops = [listen(view, null)];
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      const inner = frame.contentWindow;
      // Reading the frame's document throws for another origin: such a frame is left alone.
      if (inner?.document) stops.push(listen(inner, frame));
    } catch {
      /* cross-origin frame */
    }
  }
  const onMove = () => place();
  view.addEventListener('scroll', onMove, { capture: true, passive: true });
  view.addEventListener('resize', onMove, { passive: true });

  return () => {
    stops.forEach((stop) => stop());
    view.removeEventListener('scroll', onMove, { capture: true });
    view.removeEventListener('resize', onMove);
    outline.remove();
  };
}
