/**
 * Maximo-style markup for adapter tests: generated ids, labels outside the holders, titles
 * "Label: value", a list filter row and a later section that reuses the main tab's labels.
 */
let next = 1000 + Math.floor(Math.random() * 5000);
const id = () => `mx${next++}`;

export function field(label: string, value: string, extra = ''): string {
  const fieldId = id();
  return `<tr><td><label ctype="label" for="${fieldId}" title="${label}">${label}</label></td>
    <td><div id="${fieldId}_holder" class="bc"><input type="text" id="${fieldId}" ctype="textbox" class="fld text"
      title="${label}: ${value}" value="${value}" ov="${value}" work="1" ${extra}></div></td></tr>`;
}

export function ticketPage(values: Record<string, string>, { withWorklog = true, withFilters = true } = {}): string {
  const main = Object.entries(values)
    .map(([label, value]) => field(label, value))
    .join('');
  const filters = withFilters
    ? `<div class="listfilters"><input type="text" qbe="1" title="Incident filter" value=""><input type="text" qbe="1" title="Owner Group filter" value="ACCESS"></div>`
    : '';
  const worklog = withWorklog ? `<div class="section"><table>${field('Summary', 'Catatan kerja lama')}${field('Owner Group', 'WORKLOG GROUP')}</table></div>` : '';
  return `<div id="titlebar"><span class="welcome">Welcome, DEWI LESTARI (930101)</span></div>${filters}
    <div class="maintab"><table>${main}</table></div>${worklog}`;
}

export const SAMPLE = {
  Incident: 'IN110088251',
  Summary: 'Internet mati total <img src=x onerror=alert(1)>',
  Status: 'INPROG',
  'Owner Group': 'TIF HD WITEL BANDUNG',
  'Customer Name': 'SITI NURHALIZA',
  'Contact Phone': '6281234567890',
  'Service ID': '131162123456',
};

/** Maximo-style tabs (role=tab, the current one aria-selected), as the shipped profile finds them. */
export function tabs(current: 'Incident' | 'Log'): string {
  return `<ul role="tablist">${['List', 'Incident', 'Log'].map((name) => `<li><a role="tab" href="#" aria-selected="${name === current}">${name}</a></li>`).join('')}</ul>`;
}
