// Maximo-like widget markup: labels, field holders (text, value list, date, textarea,
// checkbox, rich text), push buttons, sections and field grids.
//
// The contract (see README.md): a field's <label for=id> sits in the grid's label
// cell, OUTSIDE the holder; the input sits in <div id="{id}_holder" class="bc">; a
// round trip replaces the whole holder (new nodes, same ids).

import { attrs, cls, esc } from '../html.mjs';

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
 * }} WidgetSpec
 * @typedef {{ id: (key: string) => string }} IdSource
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
        type: 'checkbox', id, ctype: 'checkbox', class: cls('cb', s.readonly && 'cb_ro'), title: s.label,
        value: 'Y', checked: s.value === 'Y', ov: s.ov ?? '', disabled: Boolean(s.readonly),
        'aria-readonly': s.readonly ? 'true' : null,
      })}>`;
    case 'textarea':
      return `<textarea${attrs({
        id, ctype: 'textarea', class: cls('fld', 'ta', s.readonly && 'fld_ro', s.required && 'fld_req'),
        title, rows: 3, maxlength: s.maxlength, readonly: Boolean(s.readonly), ov: s.ov ?? '', work: '1',
        'aria-required': s.required ? 'true' : null,
      })}${fi}>${esc(s.value)}</textarea>`;
    case 'richtext':
      return s.readonly
        ? `<div${attrs({ id, ctype: 'richtext', class: 'rte_ro', title: s.label, role: 'document' })}>${s.value}</div>`
        : richTextEditor(s, id, fi);
    default:
      return textInput(ctx, s, id, title, fi);
  }
}

/**
 * Rich text: the text lives in a same-origin iframe whose body the page makes
 * contenteditable once it has loaded; the hidden textarea carries the initial HTML.
 * @param {WidgetSpec} s @param {string} id @param {string} fi
 */
function richTextEditor(s, id, fi) {
  const btn = (/** @type {string} */ cmd, /** @type {string} */ label, /** @type {string} */ face) =>
    `<button${attrs({ type: 'button', class: 'rte_btn', tabindex: '-1', cmd, title: label, 'aria-label': label })}>${face}</button>`;
  return `<div class="rte_tb" role="toolbar" aria-label="${esc(s.label)} formatting">`
    + btn('bold', 'Bold', '<b>B</b>') + btn('italic', 'Italic', '<i>I</i>') + btn('underline', 'Underline', '<u>U</u>')
    + btn('insertUnorderedList', 'Bulleted List', '&#8226;')
    + `</div><iframe${attrs({ id, ctype: 'richtext', class: 'rte_frame', title: s.label, src: RTE_SRC, frameborder: '0' })}${fi}></iframe>`
    + `<textarea${attrs({ id: `${id}_content`, class: 'rte_content', hidden: true, readonly: true, 'aria-hidden': 'true', tabindex: '-1' })}>${esc(s.value)}</textarea>`;
}

/** @param {IdSource} ctx @param {WidgetSpec} s @param {string} id @param {string} title @param {string} fi */
function textInput(ctx, s, id, title, fi) {
  const isList = s.kind === 'valuelist';
  const isDate = s.kind === 'date';
  // Value lists are never typeable: a read-only input that opens a server menu.
  const readonly = Boolean(s.readonly) || isList;
  const input = `<input${attrs({
    type: 'text', id, ctype: 'textbox',
    role: isList ? 'combobox' : null,
    'aria-haspopup': isList ? 'menu' : null,
    'aria-expanded': isList ? 'false' : null,
    class: cls('fld', 'text', isList && 'cbt', isDate && 'dt', s.readonly && 'fld_ro', s.required && 'fld_req'),
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
    autocomplete: 'off',
  })}${fi}>`;
  if (s.readonly || !s.imgKey) return input;
  const imgId = ctx.id(s.imgKey);
  const [src, alt, klass] = isDate
    ? ['btn_datetime.svg', 'Select Date and Time', 'dateimg']
    : isList ? ['btn_dropdown.svg', 'Select Value', 'dropimg'] : ['btn_lookup.svg', 'Detail Menu', 'lookupimg'];
  return input + `<img${attrs({
    id: imgId, ctype: 'image', class: klass, src: `${IMG}/${src}`, alt, title: alt,
    role: 'button', tabindex: '0', lookupfor: id,
  })}>`;
}

/**
 * A field grid: label/field pairs, two per row, as Maximo lays out a section.
 * @param {IdSource} ctx @param {WidgetSpec[]} specs @param {number} [perRow]
 */
export function gridHtml(ctx, specs, perRow = 2) {
  let rows = '';
  for (let i = 0; i < specs.length; i += perRow) {
    let cells = '';
    for (const s of specs.slice(i, i + perRow)) {
      cells += `<td class="lc">${labelHtml(ctx, s)}</td><td class="fc">${holderHtml(ctx, s)}</td>`;
    }
    rows += `<tr>${cells}</tr>`;
  }
  return `<table class="fg" role="presentation"><tbody>${rows}</tbody></table>`;
}

/**
 * A section with a visible header; role=region named by the header so a locator can
 * be scoped to it (labels repeat across the page).
 * @param {IdSource} ctx @param {string} key @param {string} title @param {string} body
 * @param {{ untitled?: boolean }} [opt]
 */
export function sectionHtml(ctx, key, title, body, opt = {}) {
  const id = ctx.id(`section:${key}`);
  if (opt.untitled) {
    return `<div${attrs({ id, class: 'section sectionnoh', role: 'region', 'aria-label': title, section: key })}><div class="sectionbody">${body}</div></div>`;
  }
  return `<div${attrs({ id, class: 'section', role: 'region', 'aria-labelledby': `${id}_title`, section: key })}>`
    + `<div class="sectionhdr"><span${attrs({ id: `${id}_title`, class: 'sht' })}>${esc(title)}</span></div>`
    + `<div class="sectionbody">${body}</div></div>`;
}

/**
 * @param {IdSource} ctx @param {string} key @param {string} label
 * @param {{ primary?: boolean, disabled?: boolean }} [opt]
 */
export function buttonHtml(ctx, key, label, opt = {}) {
  return `<button${attrs({
    type: 'button', id: ctx.id(key), ctype: 'pushbutton', class: cls('pb', opt.primary && 'default', opt.disabled && 'off'),
    title: label, 'aria-disabled': opt.disabled ? 'true' : null,
  })}>${esc(label)}</button>`;
}
