// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { nossaProfile, siteProfileSchema, type SiteProfile } from '@/lib/sites';
import { looksGenerated } from '@/lib/sites/generated-name';
import { containerTitleOf, controlAt, kindFits, nameOf, summarizeControl, titlePrefixOf, widgetKindOf } from '@/lib/sites/picked-control';
import { actionWords, fieldGuide } from '@/lib/sites/picker-guide';
import { profileWithProposal } from '@/lib/sites/profile-edit';
import { proposeLocators, savable, stableCss, tryFieldSpec } from '@/lib/sites/propose-locators';
import { forgetRendered, rememberRendered } from '@/lib/sites/rendered';
import { checkPage } from '@/lib/sites/check';
import { loadLookalike } from './lookalike-dom';

beforeEach(() => {
  document.body.innerHTML = '';
  forgetRendered(document);
});

/** The shipped profile with one field's locators broken, as a lead's edited profile may be. */
const broken = (field: string, label = 'Alasan Tunda'): SiteProfile =>
  siteProfileSchema.parse({ ...nossaProfile, fields: { ...nossaProfile.fields, [field]: { ...nossaProfile.fields[field]!, locators: [{ by: 'label', text: [label] }] } } });

describe('generated names are never proposed', () => {
  it.each(['mx1234', 'm6a7dfd2f-tb', 'field_3', 'a1b2c3', 'x-deadbeef', 'qzxwvk', '', '  '])('%j looks generated', (name) => expect(looksGenerated(name)).toBe(true));
  it.each(['PENDINGREASON', 'incident.status', 'pendingReason', 'dialogholder', 'menuholder', 'Owner Group', 'cbt'])('%j is a name a person chose', (name) =>
    expect(looksGenerated(name)).toBe(false),
  );

  it('a control known only by a generated id and name gets no locator from them', () => {
    document.body.innerHTML = '<div><input id="mx55" name="mx55_val" type="text" ctype="textbox" class="fld text"></div>';
    const proposals = proposeLocators(document, nossaProfile, 'ownerGroup', document.querySelector('input')!).proposals;
    expect(JSON.stringify(proposals)).not.toContain('mx55');
    // The last resort names what is stable about it, and says how much else it matches.
    expect(proposals.map((p) => p.locators)).toEqual([[{ by: 'css', selector: 'input[ctype="textbox"].fld.text' }]]);
  });

  it('the css last resort drops generated classes and needs something stable', () => {
    document.body.innerHTML = '<input id="a" class="kq3_x9 fld"><input id="b" class="zz91">';
    expect(stableCss(document.getElementById('a')!)).toBe('input.fld');
    expect(stableCss(document.getElementById('b')!)).toBeNull();
  });

  it('a name that is not generated is proposed', () => {
    document.body.innerHTML = '<input type="text" name="PENDINGREASON" id="mx9">';
    const { proposals } = proposeLocators(document, nossaProfile, 'pendingReason', document.querySelector('input')!);
    expect(proposals.map((p) => p.id)).toEqual(['name']);
    expect(proposals[0]).toMatchObject({ locators: [{ by: 'name', name: 'PENDINGREASON' }], verdict: 'unique' });
  });
});

describe('what was clicked', () => {
  it('a click on the drop image, the label or the required star means the field beside it', () => {
    document.body.innerHTML = `<table><tr><td><span class="reqstar">*</span><label for="mx1">Pending Reason</label></td>
      <td><div id="mx1_holder"><input id="mx1" role="combobox" class="fld cbt" readonly title="Pending Reason: LOKASI-TUTUP"><img class="dropimg" src="x"></div></td></tr></table>`;
    const input = document.getElementById('mx1')!;
    expect(controlAt(document.querySelector('img'))).toBe(input);
    expect(controlAt(document.querySelector('label'))).toBe(input);
    expect(controlAt(input)).toBe(input);
    expect(controlAt(document.querySelector('table'))).toBeNull();
    expect(controlAt(null)).toBeNull();
  });

  it('a click inside a contenteditable editor means the editor itself', () => {
    document.body.innerHTML = '<div id="mx2" contenteditable="true" title="Details"><p><b>teks</b></p></div>';
    expect(controlAt(document.querySelector('b'))).toBe(document.getElementById('mx2'));
  });

  it('a holder with two controls is not guessed', () => {
    document.body.innerHTML = '<div><span id="s">x</span><input id="a"><input id="b"></div>';
    expect(controlAt(document.getElementById('s'))).toBeNull();
  });

  it.each([
    ['<input type="text" role="combobox" class="cbt" readonly>', 'valueList'],
    ['<input type="text" df="1">', 'dateTime'],
    ['<input type="datetime-local">', 'dateTime'],
    ['<input type="checkbox">', 'checkbox'],
    ['<input type="text">', 'text'],
    ['<textarea></textarea>', 'longText'],
    ['<iframe title="Details"></iframe>', 'richText'],
    ['<div contenteditable="true"></div>', 'richText'],
    ['<select><option>A</option></select>', 'select'],
  ])('%s is a %s', (markup, kind) => {
    document.body.innerHTML = markup;
    expect(widgetKindOf(document.body.firstElementChild!)).toBe(kind);
  });

  it('kinds that fit a widget are kept (long and rich text are one; a date may be typed)', () => {
    expect(kindFits('longText', 'richText')).toBe(true);
    expect(kindFits('richText', 'longText')).toBe(true);
    expect(kindFits('dateTime', 'text')).toBe(true);
    expect(kindFits('text', 'valueList')).toBe(false);
    expect(kindFits('valueList', 'valueList')).toBe(true);
  });

  it('titles: "Label: value" gives the label; a frame is titled with the label alone; a toolbar title is not a field label', () => {
    document.body.innerHTML = '<input id="a" title="Pending Reason: X: Y"><iframe id="b" title="Details"></iframe><input id="c" title="Find Incident">';
    expect(titlePrefixOf(document.getElementById('a')!)).toBe('Pending Reason');
    expect(titlePrefixOf(document.getElementById('b')!)).toBe('Details');
    expect(titlePrefixOf(document.getElementById('c')!)).toBeNull();
  });

  it('a field named only by aria-labelledby is named so', () => {
    document.body.innerHTML = '<span id="lb">Details</span><div id="ed" contenteditable="true" aria-labelledby="lb"></div>';
    expect(nameOf(document.getElementById('ed')!)).toBe('Details');
  });
});

for (const seed of [null, 3, 7, 11]) {
  describe(`on the look-alike's markup (${seed == null ? 'canonical layout' : `layout seed ${seed}`})`, () => {
    it('Pending Reason: label and title prefix, each unique; the combination preselected; kind kept; section named', () => {
      loadLookalike(seed);
      const picked = document.querySelector<HTMLElement>('input[title^="Pending Reason:"]')!;
      const result = proposeLocators(document, broken('pendingReason'), 'pendingReason', picked);
      expect(result.preselected).toBe('label+title');
      expect(result.proposals.map((p) => [p.id, p.verdict, p.matches])).toEqual([
        ['label+title', 'unique', 1],
        ['label', 'unique', 1],
        ['title', 'unique', 1],
      ]);
      expect(result.proposals[0]!.locators).toEqual([
        { by: 'label', text: ['Pending Reason'] },
        { by: 'titlePrefix', text: ['Pending Reason'] },
      ]);
      expect(result).toMatchObject({ widget: 'valueList', kindChanged: false, areaChanged: false, picked: { name: 'Pending Reason', container: 'Pending' } });
      expect(JSON.stringify(result.proposals)).not.toMatch(/mx\d/);
    });

    it('a proposal saved makes the page check find the field again, with the exclusion of dialogs kept', () => {
      loadLookalike(seed);
      const lead = broken('pendingUntil', 'Tunda Sampai');
      expect(checkPage(document, lead).fields.find((f) => f.field === 'pendingUntil')?.status).toBe('missing');
      const picked = document.querySelector<HTMLElement>('input[title^="Pending Until:"]')!;
      const result = proposeLocators(document, lead, 'pendingUntil', picked);
      const saved = profileWithProposal(
        lead,
        'pendingUntil',
        result.proposals.find((p) => p.id === result.preselected)!,
      );
      if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
      expect(saved.profile.fields.pendingUntil).toEqual({
        ...nossaProfile.fields.pendingUntil,
        locators: [
          { by: 'label', text: ['Pending Until'] },
          { by: 'titlePrefix', text: ['Pending Until'] },
        ],
      });
      expect(checkPage(document, saved.profile).fields.find((f) => f.field === 'pendingUntil')?.status).toBe('found');
      // Nothing else of the profile moved.
      expect({ ...saved.profile, fields: { ...saved.profile.fields, pendingUntil: null } }).toEqual({ ...lead, fields: { ...lead.fields, pendingUntil: null } });
    });

    it('Owner Group: the label repeats in the list filter and table details, but the ticket’s own is taken (resolved or unique)', () => {
      loadLookalike(seed);
      const picked = document.querySelector<HTMLElement>('input[title^="Owner Group:"]')!;
      const result = proposeLocators(document, broken('ownerGroup'), 'ownerGroup', picked);
      const best = result.proposals.find((p) => p.id === result.preselected)!;
      expect(savable(best)).toBe(true);
      expect(tryFieldSpec(document, nossaProfile, 'ownerGroup', { ...nossaProfile.fields.ownerGroup!, locators: best.locators }, picked).taken).toBe(picked);
      for (const other of best.others) expect(other.name).toBe('Owner Group');
    });

    it('a repeated label: the Log header’s Summary is the ticket’s, the new row’s Summary is flagged for it', async () => {
      const page = loadLookalike(seed);
      await page.click(page.control('Log'));
      const header = page.byTitle('Summary'); // the Log tab's header repeats the ticket's Summary (NOSSA.md)
      const before = new Set(document.querySelectorAll('input[title^="Summary"]'));
      await page.click(page.control('New Row'));
      const row = [...document.querySelectorAll<HTMLElement>('input[title^="Summary"]')].find(
        (el) => !before.has(el) && !el.hasAttribute('readonly') && el !== page.byTitle('Summary'),
      )!;
      // As the engine does when it presses New Row: what appeared is remembered as the row's.
      rememberRendered(document, 'newWorkLogRow', [row]);
      const onHeader = proposeLocators(document, nossaProfile, 'summary', page.byTitle('Summary'));
      expect(onHeader.proposals.every((p) => p.verdict !== 'other')).toBe(true);
      expect(header.getAttribute('title')).toMatch(/^Summary:/);
      // The new row's Summary picked for the ticket's Summary: Pandu would take another one, and says which.
      const wrong = proposeLocators(document, nossaProfile, 'summary', row);
      expect(wrong.preselected).toBeNull();
      for (const p of wrong.proposals) expect(p.verdict).toMatch(/^(other|none)$/);
      // ... and for the work log's Summary it is the right one.
      const right = proposeLocators(document, nossaProfile, 'workLogSummary', row);
      expect(right.proposals[0]!.verdict).toMatch(/^(unique|resolved)$/);
    });

    it('Work Log: the New Row fields found near New Row; the guide names the way in the profile’s words', async () => {
      const page = loadLookalike(seed);
      const lead = broken('workLogType', 'Jenis');
      let guide = fieldGuide(document, lead, 'workLogType');
      expect(guide.way.map((w) => `${w.verb}:${w.name}`)).toEqual(['tab:Log', 'tab:Work Log', 'press:New Row']);
      expect(guide.remaining.map((w) => w.action)).toEqual(['logTab', 'workLogTab', 'newWorkLogRow']);
      expect(guide.renderedBy?.name).toBe('New Row');
      expect(guide.blocked).toBeNull();
      await page.click(page.control('Log'));
      await page.click(page.control('New Row'));
      guide = fieldGuide(document, lead, 'workLogType');
      // The Log tab is open now; what is left ends with New Row (a sub-tab may remain in a stacked layout).
      expect(guide.remaining.map((w) => w.action)).not.toContain('logTab');
      expect(guide.remaining.at(-1)?.action).toBe('newWorkLogRow');
      const type = document.querySelector<HTMLElement>('input[title^="Type:"]')!;
      const result = proposeLocators(document, lead, 'workLogType', type);
      const best = result.proposals.find((p) => p.id === result.preselected)!;
      expect(best.kind).toBe('valueList');
      expect(savable(best)).toBe(true);
      expect(best.locators[0]).toEqual({ by: 'label', text: ['Type'] });
    });

    it('Details: whatever widget this layout has, its kind still fits (long text); the frame’s title is proposed', async () => {
      const page = loadLookalike(seed);
      await page.click(page.control('Log'));
      await page.click(page.control('New Row'));
      const details = [...document.querySelectorAll('[title^="Details"]')].find((el) => !el.hasAttribute('readonly') && !el.classList.contains('rte_ro'))!;
      const result = proposeLocators(document, nossaProfile, 'workLogDetails', details);
      expect(result.kindChanged).toBe(false);
      expect(['richText', 'longText']).toContain(result.widget);
      expect(result.proposals.some((p) => p.locators.some((l) => l.by === 'label' && l.text[0] === 'Details'))).toBe(true);
    });

    it('Change Status: New Status in the dialog, scoped to #dialogholder as shipped', async () => {
      const page = loadLookalike(seed);
      await page.click(page.control('Change Status'));
      const newStatus = document.querySelector<HTMLElement>('#dialogholder input[title^="New Status:"]')!;
      const result = proposeLocators(document, broken('newStatus'), 'newStatus', newStatus);
      expect(result.areaChanged).toBe(false);
      expect(result.proposals[0]).toMatchObject({ id: 'label+title', verdict: 'unique', scope: '#dialogholder', kind: 'valueList' });
      expect(summarizeControl(newStatus).container).toBe('Change Status');
    });
  });
}

describe('the area a field looks in', () => {
  it('a control outside the field’s scope: the proposal drops the scope and says so', () => {
    document.body.innerHTML = '<table><tr><td><label for="mx1">Memo</label></td><td><textarea id="mx1" title="Memo: x"></textarea></td></tr></table>';
    const result = proposeLocators(document, nossaProfile, 'statusMemo', document.querySelector('textarea')!);
    expect(result.areaChanged).toBe(true);
    expect(result.proposals[0]).toMatchObject({ scope: undefined, verdict: 'unique' });
  });

  it('a label that repeats in two sections gets a proposal scoped to the section a selector can name', () => {
    document.body.innerHTML = `<div aria-label="Customer"><label for="mx1">Name</label><input id="mx1" title="Name: A" value="A"></div>
      <div aria-label="Contact"><label for="mx2">Name</label><input id="mx2" title="Name: B"></div>`;
    const result = proposeLocators(document, nossaProfile, 'customerName', document.getElementById('mx2')!);
    const scoped = result.proposals.find((p) => p.id === 'label@[aria-label="Contact"]')!;
    expect(scoped).toMatchObject({ scope: '[aria-label="Contact"]', scopeTitle: 'Contact', verdict: 'unique' });
    const plain = result.proposals.find((p) => p.id === 'label')!;
    expect(plain.verdict).toBe('other');
    expect(plain.instead).toMatchObject({ name: 'Name', container: 'Customer', value: 'A' });
    expect(savable(plain)).toBe(false);
    expect(result.preselected).toBe(result.proposals[0]!.id);
    expect(result.proposals[0]!.verdict).toBe('unique');
  });

  it('nothing savable: no preselection', () => {
    document.body.innerHTML = `<div><label for="mx1">Name</label><input id="mx1" title="Name: A"></div><div><label for="mx2">Name</label><input id="mx2" title="Name: B"></div>`;
    const result = proposeLocators(document, nossaProfile, 'customerName', document.getElementById('mx2')!);
    expect(result.proposals.every((p) => p.verdict === 'other')).toBe(true);
    expect(result.preselected).toBeNull();
  });

  it('an unknown field is refused', () => {
    document.body.innerHTML = '<input>';
    expect(() => proposeLocators(document, nossaProfile, 'nope', document.querySelector('input')!)).toThrow(/not a field/);
    expect(() => fieldGuide(document, nossaProfile, 'toString')).toThrow(/not a field/);
  });
});

describe('section titles', () => {
  it.each([
    ['<fieldset><legend>Pending</legend><div><input id="x"></div></fieldset>', 'Pending'],
    ['<table><tbody><tr><th>Pending</th></tr><tr><td><input id="x"></td></tr></tbody></table>', 'Pending'],
    ['<div><div><span>Pending</span></div><div><table><tr><td><label for="x">L</label></td><td><input id="x"></td></tr></table></div></div>', 'Pending'],
    ['<div role="dialog" aria-labelledby="t"><h2 id="t">Change Status</h2><input id="x"></div>', 'Change Status'],
    ['<div><input id="x"></div>', null],
  ])('%s -> %s', (markup, title) => {
    document.body.innerHTML = markup;
    expect(containerTitleOf(document.getElementById('x')!)).toBe(title);
  });
});

describe('profile edits', () => {
  it('replaces only that field; an invalid result is refused with its path', () => {
    const ok = profileWithProposal(nossaProfile, 'status', { locators: [{ by: 'ariaLabel', text: ['Status'] }], kind: 'text', scope: undefined, exclude: '#dialogholder' });
    expect(ok.ok && ok.profile.fields.status).toEqual({ kind: 'text', reach: ['mainTab'], exclude: '#dialogholder', locators: [{ by: 'ariaLabel', text: ['Status'] }] });
    const bad = profileWithProposal(nossaProfile, 'status', { locators: [], kind: 'text', scope: undefined, exclude: undefined });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0]!.path).toBe('fields.status.locators');
    expect(profileWithProposal(nossaProfile, 'constructor', { locators: [{ by: 'name', name: 'x' }], kind: 'text', scope: undefined, exclude: undefined }).ok).toBe(false);
  });
});

describe('action words', () => {
  it('tabs, buttons, a toolbar action by its title, and an action known only by css', () => {
    expect(actionWords(nossaProfile, 'logTab')).toEqual({ action: 'logTab', verb: 'tab', name: 'Log' });
    expect(actionWords(nossaProfile, 'newWorkLogRow')).toEqual({ action: 'newWorkLogRow', verb: 'press', name: 'New Row' });
    expect(actionWords(nossaProfile, 'openChangeStatus')).toEqual({ action: 'openChangeStatus', verb: 'press', name: 'Change Status' });
    expect(actionWords({ actions: { x: { locators: [{ by: 'css', selector: '#go' }] } } }, 'x')).toEqual({ action: 'x', verb: 'run', name: 'x' });
    expect(actionWords({ actions: { t: { locators: [{ by: 'css', selector: 'a[ctype="tab"]' }] } } }, 't').verb).toBe('tab');
    expect(actionWords(nossaProfile, 'constructor')).toEqual({ action: 'constructor', verb: 'run', name: 'constructor' });
  });

  it('a way whose control is not on the page is blocked at that action', () => {
    document.body.innerHTML = '<input title="Incident: IN1">';
    const guide = fieldGuide(document, nossaProfile, 'newStatus');
    expect(guide.blocked?.action).toBe('openChangeStatus');
  });
});
