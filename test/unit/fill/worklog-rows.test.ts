// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { noteRowAdded, rowAddedHere, rowsWithRef } from '@/lib/fill/engine/worklog-rows';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe("Pandu's own work-log rows", () => {
  it('are the innermost rows whose text carries the reference, wherever the table sits', () => {
    document.body.innerHTML = `<table><tr><td><table role="grid">
      <tr><td>Pending LOKASI-TUTUP s/d 07-12-2026 14:13 [Pandu 1A2B3C]</td><td>Pending tiket…</td></tr>
      <tr><td>Catatan teknisi</td><td>-</td></tr>
      <tr><td>Pending lain [Pandu 9F9F9F]</td><td>-</td></tr>
    </table></td></tr></table>`;
    const rows = rowsWithRef(document, '[Pandu 1A2B3C]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.querySelector('td')!.textContent).toContain('LOKASI-TUTUP');
    expect(rowsWithRef(document, '[Pandu 000000]')).toEqual([]);
  });

  it('a row Pandu added is remembered for this page only', () => {
    expect(rowAddedHere(document, '[Pandu 1A2B3C]')).toBe(false);
    noteRowAdded(document, '[Pandu 1A2B3C]');
    expect(rowAddedHere(document, '[Pandu 1A2B3C]')).toBe(true);
    expect(rowAddedHere(document.implementation.createHTMLDocument(), '[Pandu 1A2B3C]')).toBe(false);
  });
});
