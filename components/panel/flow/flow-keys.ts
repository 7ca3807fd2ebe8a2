import { isUsable } from './focus-intent';

/**
 * The flow's keys beyond what the browser does by itself (issue 14, item 2), for agents who keep
 * their hands on the keyboard during a call:
 * - Enter on a checkbox, radio or list (select) in a step's form submits it when its submit
 *   button can be pressed (a text field already does: the browser's implicit submission);
 * - Enter in a field outside a form (the pending-until beside "Pending tiket: pelanggan tidak
 *   terhubung" or "Pelanggan setuju") presses its group's main button;
 * - a text area keeps Enter for a new line; a button, a link or a summary keeps its own Enter;
 * - the arrow keys, Home and End move between the buttons of a button group (the call results).
 */
export function onFlowKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return;
  if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
    if (enterSubmits(target)) event.preventDefault();
    return;
  }
  if (!event.ctrlKey && !event.altKey && !event.metaKey && moveInButtonGroup(target, event.key)) event.preventDefault();
}

const CHOICES = ['checkbox', 'radio'];

/** Presses the step's submit (or the group's main button) for Enter in `field`; true when it did. */
export function enterSubmits(field: Element): boolean {
  const tag = field.tagName;
  if (tag !== 'INPUT' && tag !== 'SELECT') return false;
  const input = field as HTMLInputElement | HTMLSelectElement;
  const choice = tag === 'SELECT' || CHOICES.includes((input as HTMLInputElement).type);
  if (input.form) {
    // A text field in a form: the browser submits it itself (and not when the submit is disabled).
    if (!choice) return false;
    const submit = input.form.querySelector('button[type="submit"], input[type="submit"]');
    if (!isUsable(submit)) return false;
    input.form.requestSubmit(submit);
    return true;
  }
  for (let group = field.closest('fieldset'); group; group = group.parentElement?.closest('fieldset') ?? null) {
    const main = group.querySelector('button.primary');
    if (main) {
      if (!isUsable(main)) return false;
      main.click();
      return true;
    }
  }
  return false;
}

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/** Moves focus within a `role="group"` of buttons; true when it moved. */
export function moveInButtonGroup(from: Element, key: string): boolean {
  const move = MOVES[key];
  const group = from.tagName === 'BUTTON' ? from.closest('[role="group"]') : null;
  if (!move || !group) return false;
  // Disabled buttons cannot take focus; a busy one (aria-disabled) still can.
  const buttons = [...group.querySelectorAll('button')].filter((b) => !b.disabled);
  const at = buttons.indexOf(from as HTMLButtonElement);
  if (at < 0 || buttons.length < 2) return false;
  buttons[move(at, buttons.length)]!.focus();
  return true;
}
