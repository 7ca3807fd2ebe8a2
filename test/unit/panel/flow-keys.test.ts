// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { enterSubmits, moveInButtonGroup, onFlowKeyDown } from '@/components/panel/flow/flow-keys';

/**
 * The flow's keys (components/panel/flow/flow-keys.ts): Enter submits a step from a checkbox or a
 * list, presses a group's main button from a field outside a form, and leaves the browser's own
 * Enter alone everywhere else (text fields in a form, text areas, buttons); the arrows move within
 * a button group.
 */
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let submitted: string[];
let clicked: string[];

beforeEach(() => {
  document.body.innerHTML = `
    <form id="recheck"><input type="checkbox" id="box"><input type="checkbox" id="box2"><select id="list"><option>a</option></select>
      <input id="text"><textarea id="area"></textarea><button type="submit" id="send">Lanjut</button></form>
    <form id="blocked"><input type="checkbox" id="box-blocked"><button type="submit" id="send-blocked" disabled>Lanjut</button></form>
    <form id="busy"><input type="checkbox" id="box-busy"><button type="submit" aria-disabled="true">Lanjut</button></form>
    <form id="nosubmit"><input type="checkbox" id="box-alone"></form>
    <fieldset id="answer"><input id="until"><button type="button" class="primary" id="approve">Setuju</button></fieldset>
    <fieldset id="declined"><input id="until-off"><button type="button" class="primary" id="approve-off" disabled>Setuju</button></fieldset>
    <fieldset id="outer"><fieldset id="inner"><input id="nested"><button type="button" id="quick">+2 jam</button></fieldset><button class="primary" id="outer-main">Pending</button></fieldset>
    <input id="loose">
    <div role="group" id="results"><button id="r1">Terhubung</button><button id="r2" disabled>Tidak diangkat</button><button id="r3" aria-disabled="true">Sibuk</button><button id="r4">Salah sambung</button></div>
    <div role="group"><button id="single">Satu</button></div>
    <button id="outside">Luar</button>`;
  submitted = [];
  clicked = [];
  document.querySelectorAll('form').forEach((form) =>
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(form.id);
    }),
  );
  document.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => clicked.push(button.id)));
});

describe('Enter', () => {
  it('on a checkbox or a list submits the form when its submit can be pressed', () => {
    expect(enterSubmits($('box'))).toBe(true);
    expect(enterSubmits($('box2'))).toBe(true);
    expect(enterSubmits($('list'))).toBe(true);
    expect(submitted).toEqual(['recheck', 'recheck', 'recheck']);
  });

  it('does nothing while the submit is disabled, busy or absent', () => {
    expect(enterSubmits($('box-blocked'))).toBe(false);
    expect(enterSubmits($('box-busy'))).toBe(false);
    expect(enterSubmits($('box-alone'))).toBe(false);
    expect(submitted).toEqual([]);
  });

  it('leaves a text field in a form to the browser, and a text area its new line', () => {
    expect(enterSubmits($('text'))).toBe(false);
    expect(enterSubmits($('area'))).toBe(false);
    expect(enterSubmits($('send'))).toBe(false);
    expect(submitted).toEqual([]);
  });

  it('in a field outside a form presses its group’s main button, the nearest group that has one', () => {
    expect(enterSubmits($('until'))).toBe(true);
    expect(enterSubmits($('nested'))).toBe(true);
    expect(clicked).toEqual(['approve', 'outer-main']);
  });

  it('not when that button is disabled, and not for a field in no group', () => {
    expect(enterSubmits($('until-off'))).toBe(false);
    expect(enterSubmits($('loose'))).toBe(false);
    expect(clicked).toEqual([]);
  });

  it('as a key: handled (default prevented) only when it submitted; never with a modifier, while composing, or once handled', () => {
    const enter = (id: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
      $(id).dispatchEvent(event);
      return event.defaultPrevented;
    };
    document.addEventListener('keydown', onFlowKeyDown);
    try {
      expect(enter('box')).toBe(true);
      expect(enter('box', { shiftKey: true })).toBe(false);
      expect(enter('box', { ctrlKey: true })).toBe(false);
      expect(enter('box', { isComposing: true })).toBe(false);
      expect(enter('area')).toBe(false);
      const handled = vi.fn((event: Event) => event.preventDefault());
      $('box').addEventListener('keydown', handled, { once: true });
      expect(enter('box')).toBe(true); // prevented by the field's own handler, not submitted again
      expect(submitted).toEqual(['recheck']);
    } finally {
      document.removeEventListener('keydown', onFlowKeyDown);
    }
  });
});

describe('arrow keys in a button group', () => {
  it('move to the next and previous button, wrapping, skipping disabled ones but not busy ones', () => {
    $('r1').focus();
    expect(moveInButtonGroup($('r1'), 'ArrowRight')).toBe(true);
    expect(document.activeElement).toBe($('r3'));
    expect(moveInButtonGroup($('r3'), 'ArrowDown')).toBe(true);
    expect(document.activeElement).toBe($('r4'));
    expect(moveInButtonGroup($('r4'), 'ArrowRight')).toBe(true);
    expect(document.activeElement).toBe($('r1'));
    expect(moveInButtonGroup($('r1'), 'ArrowLeft')).toBe(true);
    expect(document.activeElement).toBe($('r4'));
    expect(moveInButtonGroup($('r4'), 'ArrowUp')).toBe(true);
    expect(document.activeElement).toBe($('r3'));
    expect(moveInButtonGroup($('r3'), 'Home')).toBe(true);
    expect(document.activeElement).toBe($('r1'));
    expect(moveInButtonGroup($('r1'), 'End')).toBe(true);
    expect(document.activeElement).toBe($('r4'));
  });

  it('leave other keys, lone buttons, buttons outside a group and fields alone', () => {
    expect(moveInButtonGroup($('r1'), 'a')).toBe(false);
    expect(moveInButtonGroup($('single'), 'ArrowRight')).toBe(false);
    expect(moveInButtonGroup($('outside'), 'ArrowRight')).toBe(false);
    expect(moveInButtonGroup($('text'), 'ArrowRight')).toBe(false);
  });
});
