// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { checkPage, locateField, nossaProfile, placeOf, scanPage } from '@/lib/sites';
import { locateContext } from '@/lib/sites/locate-context';
import { forgetRendered, nearestTo, rememberRendered, renderedByAction, renderedByAny } from '@/lib/sites/rendered';
import { SAMPLE, field, tabs, ticketPage } from './fixtures';

const statusOf = (report: ReturnType<typeof checkPage>, key: string) => report.fields.find((f) => f.field === key)?.status;

beforeEach(() => {
  document.body.innerHTML = '';
  forgetRendered(document);
});

describe('page check: the truth about every field', () => {
  it('on the Incident tab: its fields found, the work log "on another tab", the dialog "behind" (not checked)', () => {
    document.body.innerHTML = `${tabs('Incident')}<a href="#" eventtype="STATUS" title="Change Status">Change Status</a>` + ticketPage(SAMPLE, { withWorklog: false });
    const report = checkPage(document, nossaProfile);
    expect(statusOf(report, 'ownerGroup')).toBe('found');
    expect(statusOf(report, 'pendingReason')).toBe('missing'); // on the tab in view, and not there
    expect(statusOf(report, 'workLogSummary')).toBe('other-tab');
    expect(statusOf(report, 'newStatus')).toBe('behind');
  });

  it('on the Log tab: the Incident tab\'s fields are "on another tab", never missing; the row fields are behind New Row', () => {
    document.body.innerHTML =
      `${tabs('Log')}<ul role="tablist"><li><a role="tab" aria-selected="true">Work Log</a></li></ul>` +
      `<table>${field('Incident', 'IN110088251')}${field('Summary', 'Internet mati')}</table><button>New Row</button>`;
    const report = checkPage(document, nossaProfile);
    for (const key of ['status', 'ownerGroup', 'pendingReason', 'customerName']) expect(statusOf(report, key), key).toBe('other-tab');
    // The Log header's Summary is not the work log's: nothing rendered it.
    expect(statusOf(report, 'workLogSummary')).toBe('behind');
  });

  it('tabs without ARIA (Maximo\'s ctype="tab", the current one\'s item "on") are understood too', () => {
    const plainTabs = `<ul>${['List', 'Incident', 'Log'].map((name) => `<li class="${name === 'Log' ? 'tab on' : 'tab'}"><a ctype="tab" href="#">${name}</a></li>`).join('')}</ul>`;
    document.body.innerHTML = `${plainTabs}<table>${field('Incident', 'IN110088251')}</table>`;
    const report = checkPage(document, nossaProfile);
    expect(statusOf(report, 'status')).toBe('other-tab');
    expect(statusOf(report, 'ticketId')).toBe('found');
  });

  it('a field whose way is broken (no tab to open it) is missing, with the way it needed', () => {
    document.body.innerHTML = ticketPage(SAMPLE, { withWorklog: false });
    expect(placeOf(document, nossaProfile, ['logTab', 'workLogTab', 'newWorkLogRow'])).toEqual({ status: 'missing', via: ['logTab', 'workLogTab', 'newWorkLogRow'] });
  });
});

describe('fields an action rendered', () => {
  it("once New Row ran, only what it rendered is the work log's; the page's own field stays the ticket's", () => {
    document.body.innerHTML = `<table>${field('Incident', 'IN110088251')}${field('Summary', 'Ringkasan tiket')}</table><div id="wl"><table>${field('Summary', '')}</table></div>`;
    const [ticketSummary, rowSummary] = [...document.querySelectorAll('input[title^="Summary"]')];
    rememberRendered(document, 'newWorkLogRow', [rowSummary!]);
    const scan = scanPage(document);
    const context = locateContext(document, nossaProfile, scan);
    expect(locateField(document, nossaProfile.fields.workLogSummary!, scan, context)?.element).toBe(rowSummary);
    expect(locateField(document, nossaProfile.fields.summary!, scanPage(document), context)?.element).toBe(ticketSummary);
    expect(renderedByAny(rowSummary!)).toBe(true);
    expect(renderedByAction(document, 'openChangeStatus')).toBeNull();
  });

  it('a re-rendered holder (same id, new node) is still what the action rendered', () => {
    document.body.innerHTML = `<table>${field('Summary', '')}</table>`;
    const first = document.querySelector('input')!;
    rememberRendered(document, 'newWorkLogRow', [first]);
    first.parentElement!.outerHTML = first.parentElement!.outerHTML;
    const again = document.querySelector('input')!;
    expect(again).not.toBe(first);
    expect(renderedByAction(document, 'newWorkLogRow')!(again)).toBe(true);
  });

  it('before the action ran, the candidate nearest its control comes first', () => {
    document.body.innerHTML = '<div id="a"><input id="far"></div><div id="b"><div><input id="near"></div><button id="btn">New Row</button></div>';
    const [far, near] = [document.getElementById('far')!, document.getElementById('near')!];
    expect(nearestTo(document.getElementById('btn')!, [far, near])).toEqual([near, far]);
  });
});

describe("the record's fields, not a table's row details", () => {
  it('a read-only "Owner Group" under the Ownership History table is not the ticket\'s owner group, wherever it sits', () => {
    const history =
      `<div><table role="grid"><thead><tr><th>Owner</th><th>Owner Group</th></tr></thead><tbody><tr><td>-</td><td>OLD GROUP</td></tr></tbody></table>` +
      `<table>${field('Owner Group', 'OLD GROUP', 'readonly class="fld fld_ro"')}</table></div>`;
    document.body.innerHTML = `<div>${history}<table>${field('Incident', 'IN110088251')}${field('Owner Group', 'ACCESS BDG')}</table></div>`;
    const scan = scanPage(document);
    const found = locateField(document, nossaProfile.fields.ownerGroup!, scan, locateContext(document, nossaProfile, scan));
    expect((found?.element as HTMLInputElement).value).toBe('ACCESS BDG');
  });
});
