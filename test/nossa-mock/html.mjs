// @ts-check
// HTML escaping and small markup helpers. Every value that came from a ticket or a
// user goes through esc(): one seed summary carries an <img onerror> payload and the
// page must show it as text, as Maximo does.

/** @param {string | number | null | undefined} value */
export function esc(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Attribute string from an object: true -> bare attribute, false/null/undefined -> left
 * out, anything else -> name="escaped". Order is kept (Maximo's markup order is stable).
 * @param {Record<string, string | number | boolean | null | undefined>} attrs
 */
export function attrs(attrs) {
  let out = '';
  for (const [name, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    out += v === true ? ` ${name}` : ` ${name}="${esc(v)}"`;
  }
  return out;
}

/** Join class names, dropping empty ones. @param {Array<string | number | false | null | undefined>} names */
export function cls(...names) {
  return names.filter(Boolean).join(' ');
}

/**
 * Rich-text (long description) sanitizer: keeps a few formatting tags, drops every
 * attribute, script/style content and any other tag. Input is editor innerHTML.
 * @param {string} html
 */
export function sanitizeRichText(html) {
  const allowed = new Set(['p', 'br', 'div', 'b', 'i', 'u', 'strong', 'em', 'ul', 'ol', 'li', 'span']);
  return (
    String(html ?? '')
      .replace(/<(script|style|iframe|object)[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?([a-zA-Z0-9]+)\b[^>]*>/g, (tag, name) => {
        const n = String(name).toLowerCase();
        if (!allowed.has(n)) return '';
        return tag.startsWith('</') ? `</${n}>` : `<${n}>`;
      })
      // A stray "<" that is not a tag must not survive as markup.
      .replace(/<(?![a-z/])/gi, '&lt;')
  );
}

/**
 * Plain text of sanitized rich text (block ends become newlines).
 * @param {string} html
 */
export function richTextToPlain(html) {
  return String(html ?? '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Rich text of plain text typed in a textarea Details (escaped, line breaks kept), so a
 * row's details are stored the same way whichever widget the layout used.
 * @param {string} text
 */
export function plainToRichText(text) {
  return esc(String(text ?? '').replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>');
}
