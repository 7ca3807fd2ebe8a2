/**
 * Where keyboard focus may go when the panel's flow changes (issue 14, item 1). The panel lives in
 * a shadow root on NOSSA's page: moving focus into it is right when the agent was acting in the
 * panel (a step they submitted, "Kembali", "Mulai") and wrong when they were typing in NOSSA (a
 * push from another tab, NOSSA loading another ticket). A step's buttons are disabled while it is
 * stored, and Chrome then drops focus to NOSSA's <body>: so "where the agent acted last" is
 * remembered, not read from the focus at the moment of the change.
 */

export type Place = 'panel' | 'page';

/** The element that has focus, looking into shadow roots (the panel is in one). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The panel around an element, as NOSSA's page sees it: the shadow host it lives in, else the element itself (unit tests). */
export function panelOf(el: Element): Element {
  const root = el.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : el;
}

/** Whether `node` is `container` or inside it, crossing shadow roots. */
export function isWithin(container: Node, node: Node | null): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((at as ShadowRoot).host ?? null) : null)) {
    if (at === container) return true;
  }
  return false;
}

/** A control the agent can act on now: connected, not disabled (natively or for assistive tech), not hidden. */
export function isUsable(el: Element | null): el is HTMLElement {
  if (!el?.isConnected || typeof (el as HTMLElement).focus !== 'function') return false;
  if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') return false;
  return !el.closest('[hidden], [inert]');
}

export interface AgentWhereabouts {
  /** Where the agent last pressed, typed or moved focus: in the panel, on NOSSA's page, or nowhere yet. */
  last(): Place | null;
  /** The panel's control that last had focus (to give it back once a step is stored). */
  lastInPanel(): Element | null;
  stop(): void;
}

/**
 * Follows where the agent acts, from the whole document (capture phase, so NOSSA's handlers cannot
 * hide it): a press, a key or a focus change inside the panel counts as the panel, anywhere else
 * as NOSSA's page (including the fill engine's own focus on NOSSA's fields).
 */
export function watchWhereAgentActs(root: Element): AgentWhereabouts {
  const doc = root.ownerDocument;
  let last: Place | null = null;
  let inPanel: Element | null = null;
  const seen = (event: Event) => {
    const path = event.composedPath();
    const panel = panelOf(root);
    last = path.includes(panel) ? 'panel' : 'page';
    if (last === 'panel' && event.type === 'focusin' && path[0] instanceof Element) inPanel = path[0];
  };
  const kinds = ['pointerdown', 'keydown', 'focusin'] as const;
  kinds.forEach((kind) => doc.addEventListener(kind, seen, true));
  return {
    last: () => last,
    lastInPanel: () => inPanel,
    stop: () => kinds.forEach((kind) => doc.removeEventListener(kind, seen, true)),
  };
}

/**
 * Whether the panel may take focus now: yes when it has it; when nothing has it (NOSSA's <body>,
 * after a focused button was disabled or removed), only if the agent's last act was in the panel;
 * never while something on NOSSA's page has it.
 */
export function mayTakeFocus(root: Element, last: Place | null): boolean {
  const doc = root.ownerDocument;
  const active = deepActiveElement(doc);
  if (active && isWithin(panelOf(root), active)) return true;
  if (!active || active === doc.body || active === doc.documentElement) return last === 'panel';
  return false;
}

/**
 * The control a step continues with: what the step marks with `data-step-focus` (the lowest
 * number that can be used, "1" before "2"), else the outcome's fill action (the fill section's
 * primary button, which the outcome step does not render itself), else the step's first control.
 */
export function stepFocusTarget(root: Element): HTMLElement | null {
  const rank = (el: Element) => Number(el.getAttribute('data-step-focus')) || 1;
  const marked = [...root.querySelectorAll('[data-step-focus]')].filter(isUsable).sort((a, b) => rank(a) - rank(b));
  if (marked[0]) return marked[0];
  const fillAction = [...root.querySelectorAll('.fill button.primary')].find(isUsable);
  if (fillAction) return fillAction;
  const step = root.querySelector('.step');
  return step ? ([...step.querySelectorAll('input, select, textarea, button, [tabindex]')].find(isUsable) ?? null) : null;
}

/** The first control in `root` anyone can reach with Tab (the shortcut's fallback). */
export function firstFocusable(root: ParentNode): HTMLElement | null {
  const candidates = root.querySelectorAll('button, input, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"])');
  return [...candidates].find(isUsable) ?? null;
}
