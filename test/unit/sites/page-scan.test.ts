// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { locateField, nossaProfile, readPageState, readTicket, scanPage } from '@/lib/sites';
import { matchesVariant, normalizedVariants } from '@/lib/sites/page-scan';
import { SAMPLE, ticketPage } from './fixtures';

describe('a page scan: one read of the page, each query made once', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('normalizes label variants once per variant list, as a person reads them', () => {
    const variants = ['Customer Name', ' NAMA  pelanggan :'];
    const set = normalizedVariants(variants);
    expect([...set]).toEqual(['customer name', 'nama pelanggan']);
    expect(normalizedVariants(variants)).toBe(set);
    expect(matchesVariant('  customer   NAME*', variants)).toBe(true);
    expect(matchesVariant('Customer', variants)).toBe(false);
    expect(matchesVariant('', variants)).toBe(false);
    expect(matchesVariant(null, variants)).toBe(false);
  });

  it('queries the labels of the page once for a whole ticket read', () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    const spy = vi.spyOn(document, 'querySelectorAll');
    const state = readPageState(document, nossaProfile);
    expect(state.ticket?.ticketId).toBe(SAMPLE.Incident);
    const labelQueries = spy.mock.calls.filter(([selector]) => selector === 'label');
    expect(labelQueries).toHaveLength(1);
  });

  it('locates a field asked for twice in one scan once, and afresh in the next scan', () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    const spec = nossaProfile.fields.ownerGroup!;
    const scan = scanPage(document);
    const first = locateField(document, spec, scan);
    const holder = first!.element.parentElement!;
    holder.outerHTML = holder.outerHTML.replaceAll('TIF HD WITEL BANDUNG', 'ACCESS SBY');
    // Within the scan the answer is the one read (a scan never outlives a read) ...
    expect(locateField(document, spec, scan)).toBe(first);
    // ... and a new read finds the re-rendered holder.
    expect(readTicket(document, nossaProfile)?.ownerGroup).toBe('ACCESS SBY');
  });

  it('reads exactly what field-by-field locating reads', () => {
    document.body.innerHTML = ticketPage({ ...SAMPLE, 'incident :': 'IN110088252' });
    const scan = scanPage(document);
    for (const [key, spec] of Object.entries(nossaProfile.fields)) {
      expect(locateField(document, spec, scan)?.element ?? null, key).toBe(locateField(document, spec)?.element ?? null);
    }
  });

  it('takes a bad CSS selector in an admin profile as no match, in or out of a scan', () => {
    document.body.innerHTML = ticketPage(SAMPLE);
    const spec = { kind: 'text' as const, reach: [], locators: [{ by: 'css' as const, selector: ':::' }] };
    const scan = scanPage(document);
    expect(locateField(document, spec, scan)).toBeNull();
    expect(locateField(document, spec)).toBeNull();
  });
});
