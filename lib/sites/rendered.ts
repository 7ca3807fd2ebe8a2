/**
 * What an action's round trip made appear, per page. Maximo repeats labels (the ticket's Summary
 * and the work log's Summary; Details on the work log and on the communication log), and nothing
 * public shows an attribute that names a section; what tells the work log's new fields apart is
 * that New Row rendered them. Ids are generated but stable within one page load (a re-rendered
 * holder keeps its id as a new node), so an element counts when its id, or the node itself, was
 * among those that appeared.
 */
interface Appeared {
  ids: Set<string>;
  nodes: WeakSet<Element>;
}

const pages = new WeakMap<Document, Map<string, Appeared>>();

const docOf = (el: Element | Document): Document => ('ownerDocument' in el && el.ownerDocument ? el.ownerDocument : el);

/** Remembers the elements an action rendered on this page (added to what it rendered before). */
export function rememberRendered(doc: Document, action: string, elements: Iterable<Element>): void {
  let actions = pages.get(doc);
  if (!actions) pages.set(doc, (actions = new Map<string, Appeared>()));
  let appeared = actions.get(action);
  if (!appeared) actions.set(action, (appeared = { ids: new Set(), nodes: new WeakSet() }));
  for (const el of elements) {
    appeared.nodes.add(el);
    if (el.id) appeared.ids.add(el.id);
  }
}

const holds = (appeared: Appeared, el: Element) => appeared.nodes.has(el) || (el.id !== '' && appeared.ids.has(el.id));

/** Whether the action has rendered anything on this page yet, and if so whether `el` is one of them. */
export function renderedByAction(doc: Document, action: string): ((el: Element) => boolean) | null {
  const appeared = pages.get(doc)?.get(action);
  return appeared ? (el) => holds(appeared, el) : null;
}

/** Whether some action rendered this element (so it is not one of the page's own fields). */
export function renderedByAny(el: Element): boolean {
  const actions = pages.get(docOf(el));
  if (!actions) return false;
  for (const appeared of actions.values()) if (holds(appeared, el)) return true;
  return false;
}

/** Forgets a page's actions (tests; a page that was replaced as a whole). */
export function forgetRendered(doc: Document): void {
  pages.delete(doc);
}

/**
 * Candidates ordered by how close they sit to an anchor (the control of the action that renders
 * them): the deepest common ancestor first. Used before the action ran on this page.
 */
export function nearestTo(anchor: Element, candidates: Element[]): Element[] {
  const depth = new Map<Node, number>();
  let level = 0;
  for (let node: Node | null = anchor; node; node = node.parentNode) depth.set(node, level--);
  const closeness = (el: Element) => {
    for (let node: Node | null = el; node; node = node.parentNode) {
      const d = depth.get(node);
      if (d !== undefined) return d;
    }
    return -Infinity;
  };
  return candidates
    .map((el, index) => ({ el, index, near: closeness(el) }))
    .sort((a, b) => b.near - a.near || a.index - b.index)
    .map((c) => c.el);
}
