// @ts-check
// Maximo-like widget markup: labels, field holders (text, value list, date, textarea,
// checkbox, rich text), push buttons, sections and field grids.
//
// The contract (see README.md): a field's <label for=id> sits in the grid's label
// cell, OUTSIDE the holder; the input sits in <div id="{id}_holder" class="bc">; a
// round trip replaces the whole holder (new nodes, same ids).

import { attrs, cls, esc } from '../html.mjs';
import { CANONICAL } from './layout.mjs';

export const IMG = '/maximo/webclient/skins/tivoli13/images';
export const RTE_SRC = '/maximo/webclient/javascript/rte/editor.html';

/**
 * @typedef {import('../fields.mjs').FieldKind} FieldKind
 * @typedef {{
 *   key: string,          // component key; its id is ctx.id(key)
 *   label: string,
 *   kind: FieldKind,
 *   value: string,        // display value ('' for none); for dates: formatted
 *   ov?: string,          // committed ("original") display value
 *   canonical?: string,   // dates: canonical value the page formats itself
 *   readonly?: boolean,
 *   required?: boolean,
 *   maxlength?: number,
 *   lookup?: boolean,
 *   imgKey?: string,      // key of the drop/calendar/lookup image
 *   title?: string,       // title override (list filters: "<Label> filter")
 *   dateFormat?: string,
 *   rte?: 'iframe' | 'div', // rich text: iframe editor (default) or contenteditable div
 *   error?: boolean,      // the server reported this field in error (class fld_err, aria-invalid)
 * }} WidgetSpec
 * @typedef {{ id: (key: string) => string, layout?: import('./layout.mjs').Layout }} IdSource
 */

/** @param {IdSource} ctx @param {WidgetSpec} s */
export function labelHtml(ctx, s) {
  const id = ctx.id(s.key);
  const star = s.required && !s.readonly ? '<span class="reqstar" aria-hidden="true">*</span>' : '';
  return `${star}<label${attrs({ ctype: 'label', for: id, id: `${id}-lb`, title: s.label, class: 'text la' })}>${esc(s.label)}</label>`;
}

/** @param {IdSource} ctx @param {WidgetSpec} s */
export function holderHtml(ctx, s) {
  const id = ctx.id(s.key);
  return `<div${attrs({ id: `${id}_holder`, class: cls('bc', s.kind === 'richtext' && 'rte') })}>${controlHtml(ctx, s, id)}</div>`;
}

/** @param {IdSource} ctx @param {WidgetSpec} s @param {string} id */
function controlHtml(ctx, s, id) {
  const fldInfo = JSON.stringify({
    required: Boolean(s.required),
    length: s.maxlength ?? 0,
    datatype: s.kind === 'date' ? 'DATETIME' : s.kind === 'number' ? 'INTEGER' : 'ALN',
    lookup: s.kind === 'valuelist' ? 'valuelist' : s.kind === 'date' ? 'datelookup' : s.lookup ? 'lookup' : '',
    eventpriority: 2,
  });
  const fi = ` fldInfo='${esc(fldInfo)}'`;
  const title = s.title ?? `${s.label}: ${s.value}`;
  switch (s.kind) {
    case 'checkbox':
      return `<input${attrs({
        type: 'checkbox',
        id,
        ctype: 'checkbox',
        class: cls('cb', s.readonly && 'cb_ro'),
        title: s.label,
        value: 'Y',
        checked: s.value === 'Y',
        ov: s.ov ?? '',
        disabled: Boolean(s.readonly),
        'aria-readonly': s.readonly ? 'true' : null,
      })}>`;
    case 'textarea':
      return `<textarea${attrs({
        id,
        ctype: 'textarea',
        class: cls('fld', 'ta', s.readonly && 'fld_ro', s.required && 'fld_req', s.error && 'fld_err'),
        title,
        rows: 3,
        maxlength: s.maxlength,
        readonly: Boolean(s.readonly),
        ov: s.ov ?? '',
        work: '1',
        'aria-required': s.required ? 'true' : null,
        'aria-invalid': s.error ? 'true' : null,
      })}${fi}>${esc(s.value)}</textarea>`;
    case 'richtext':
      return s.readonly
        ? `<div${attrs({ id, ctype: 'richtext', class: 'rte_ro', title: s.label, role: 'document' })}>${s.value}</div>`
        : s.rte === 'div'
          ? richTextDiv(s, id, fi)
          : richTextEditor(s, id, fi);
    default:
      return textInput(ctx, s, id, title, fi);
  }
}

/** The formatting buttons above a rich-text editor. @param {WidgetSpec} s */
function rteToolbar(s) {
  const btn = (/** @type {string} */ cmd, /** @type {string} */ label, /** @type {string} */ face) =>
    `<button${attrs({ type: 'button', class: 'rte_btn', tabindex: '-1', cmd, title: label, 'aria-label': label })}>${face}</button>`;
  return (
    `<div class="rte_tb" role="toolbar" aria-label="${esc(s.label)} formatting">` +
    btn('bold', 'Bold', '<b>B</b>') +
    btn('italic', 'Italic', '<i>I</i>') +
    btn('underline', 'Underline', '<u>U</u>') +
    btn('insertUnorderedList', 'Bulleted List', '&#8226;') +
    '</div>'
  );
}

/**
 * Rich text as a contenteditable div in the page itself (some configurations): named by
 * its <label for> and aria-labelledby; the value is the div's (sanitized) HTML and,
 * like the iframe editor, becomes the pending change when it loses focus.
 * @param {WidgetSpec} s @param {string} id @param {string} fi
 */
function richTextDiv(s, id, fi) {
  return (
    rteToolbar(s) +
    `<div${attrs({
      id,
      ctype: 'richtext',
      class: 'rte_edit',
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': `${id}-lb`,
      title: s.label,
      spellcheck: 'false',
    })}${fi}>${s.value}</div>`
  );
}

/**
 * Rich text: the text lives in a same-origin iframe whose body the page makes
 * contenteditable once it has loaded; the hidden textarea carries the initial HTML.
 * @param {WidgetSpec} s @param {string} id @param {string} fi
 */
function richTextEditor(s, id, fi) {
  return (
    rteToolbar(s) +
    `<iframe${attrs({ id, ctype: 'richtext', class: 'rte_frame', title: s.label, src: RTE_SRC, frameborder: '0' })}${fi}></iframe>` +
    `<textarea${attrs({ id: `${id}_content`, class: 'rte_content', hidden: true, readonly: true, 'aria-hidden': 'true', tabindex: '-1' })}>${esc(s.value)}</textarea>`
  );
}

/** @param {IdSource} ctx @param {WidgetSpec} s @param {string} id @param {string} title @param {string} fi */
function textInput(ctx, s, id, title, fi) {
  const isList = s.kind === 'valuelist';
  const isDate = s.kind === 'date';
  // Value lists are never typeable: a read-only input that opens a server menu.
  const readonly = Boolean(s.readonly) || isList;
  const input = `<input${attrs({
    type: 'text',
    id,
    ctype: 'textbox',
    role: isList ? 'combobox' : null,
    'aria-haspopup': isList ? 'menu' : null,
    'aria-expanded': isList ? 'false' : null,
    class: cls('fld', 'text', isList && 'cbt', isDate && 'dt', s.readonly && 'fld_ro', s.required && 'fld_req', s.error && 'fld_err'),
    title,
    // Maximo leaves date inputs empty until its script formats them (df="1").
    value: isDate ? '' : s.value,
    ov: s.ov ?? '',
    work: '1',
    df: isDate ? '1' : null,
    datevalue: isDate ? (s.canonical ?? '') : null,
    maxlength: s.maxlength,
    readonly,
    'aria-readonly': readonly ? 'true' : null,
    'aria-required': s.required ? 'true' : null,
    'aria-invalid': s.error ? 'true' : null,
    autocomplete: 'off',
  })}${fi}>`;
  if (s.readonly || !s.imgKey) return input;
  const imgId = ctx.id(s.imgKey);
  const [src, alt, klass] = isDate
    ? ['btn_datetime.svg', 'Select Date and Time', 'dateimg']
    : isList
      ? ['btn_dropdown.svg', 'Select Value', 'dropimg']
      : ['btn_lookup.svg', 'Detail Menu', 'lookupimg'];
  return (
    input +
    `<img${attrs({
      id: imgId,
      ctype: 'image',
      class: klass,
      src: `${IMG}/${src}`,
      alt,
      title: alt,
      role: 'button',
      tabindex: '0',
      lookupfor: id,
    })}>`
  );
}

/**
 * A field grid: label/field pairs, `perRow` per row (the layout's by default), as
 * table cells (Maximo's usual) or divs. The label always sits outside the holder.
 * @param {IdSource} ctx @param {WidgetSpec[]} specs @param {number} [perRow]
 */
export function gridHtml(ctx, specs, perRow) {
  const l = ctx.layout ?? CANONICAL;
  const c = l.cls;
  const n = perRow ?? l.perRow;
  const div = l.grid === 'div';
  let rows = '';
  for (let i = 0; i < specs.length; i += n) {
    let cells = '';
    for (const s of specs.slice(i, i + n)) {
      cells += div
        ? `<div class="${c.lc}">${labelHtml(ctx, s)}</div><div class="${c.fc}">${holderHtml(ctx, s)}</div>`
        : `<td class="${c.lc}">${labelHtml(ctx, s)}</td><td class="${c.fc}">${holderHtml(ctx, s)}</td>`;
    }
    rows += div ? `<div class="${c.row}">${cells}</div>` : `<tr>${cells}</tr>`;
  }
  return div ? `<div class="${c.grid}">${rows}</div>` : `<table class="${c.grid}" role="presentation"><tbody>${rows}</tbody></table>`;
}

/**
 * A section with a visible title. Its container, class names, and whether it is an ARIA
 * region (and how it is named) come from the layout; the visible title never changes,
 * so a locator can always scope by it. No attribute names the section (Maximo has none).
 * @param {IdSource} ctx @param {string} key @param {string} title @param {string} body
 * @param {{ untitled?: boolean }} [opt]
 */
export function sectionHtml(ctx, key, title, body, opt = {}) {
  const l = ctx.layout ?? CANONICAL;
  const c = l.cls;
  const id = ctx.id(`section:${key}`);
  const titleId = `${id}_title`;
  if (opt.untitled) {
    // No header to point at: named by aria-label, if at all.
    return (
      `<div${attrs({ id, class: cls(c.section, c.untitled), role: l.region ? 'region' : null, 'aria-label': l.naming !== 'none' ? title : null })}>` +
      `<div class="${c.body}">${body}</div></div>`
    );
  }
  const naming = l.naming === 'labelledby' ? { 'aria-labelledby': titleId } : l.naming === 'label' ? { 'aria-label': title } : {};
  if (l.container === 'fieldset') {
    return (
      `<fieldset${attrs({ id, class: c.section, role: l.region ? 'region' : null, ...naming })}>` +
      `<legend${attrs({ id: titleId, class: c.title })}>${esc(title)}</legend><div class="${c.body}">${body}</div></fieldset>`
    );
  }
  if (l.container === 'table') {
    return (
      `<table${attrs({ id, class: c.section, role: l.region ? 'region' : 'presentation', ...naming })}><tbody>` +
      `<tr><th${attrs({ id: titleId, class: c.title })}>${esc(title)}</th></tr>` +
      `<tr><td class="${c.body}">${body}</td></tr></tbody></table>`
    );
  }
  return (
    `<div${attrs({ id, class: c.section, role: l.region ? 'region' : null, ...naming })}>` +
    `<div class="${c.hdr}"><span${attrs({ id: titleId, class: c.title })}>${esc(title)}</span></div>` +
    `<div class="${c.body}">${body}</div></div>`
  );
}

/**
 * @param {IdSource} ctx @param {string} key @param {string} label
 * @param {{ primary?: boolean, disabled?: boolean }} [opt]
 */
export function buttonHtml(ctx, key, label, opt = {}) {
  return `<button${attrs({
    type: 'button',
    id: ctx.id(key),
    ctype: 'pushbutton',
    class: cls('pb', opt.primary && 'default', opt.disabled && 'off'),
    title: label,
    'aria-disabled': opt.disabled ? 'true' : null,
  })}>${esc(label)}</button>`;
}
