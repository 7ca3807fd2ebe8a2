import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '@/lib/messaging';

const trust = { extensionId: 'abcdefghijklmnopabcdefghijklmnop', hostPatterns: ['https://nossa.telkom.co.id/*'] };
const tab = { id: 7 };

describe('isTrustedSender', () => {
  it('trusts our own extension pages', () => {
    expect(isTrustedSender({ id: trust.extensionId, url: `chrome-extension://${trust.extensionId}/popup.html` }, trust)).toBe(true);
  });

  it('trusts our content script on a NOSSA host only', () => {
    const url = 'https://nossa.telkom.co.id/maximo/ui/?event=loadapp&value=incident';
    expect(isTrustedSender({ id: trust.extensionId, url, tab }, trust)).toBe(true);
    expect(isTrustedSender({ id: trust.extensionId, url: 'https://evil.example/nossa.telkom.co.id/', tab }, trust)).toBe(false);
    expect(isTrustedSender({ id: trust.extensionId, url: 'https://nossa.telkom.co.id.evil.example/', tab }, trust)).toBe(false);
  });

  it('refuses other extensions, missing ids and missing urls', () => {
    expect(isTrustedSender({ id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/x.html' }, trust)).toBe(false);
    expect(isTrustedSender({ url: 'https://nossa.telkom.co.id/', tab }, trust)).toBe(false);
    expect(isTrustedSender({ id: trust.extensionId, tab }, trust)).toBe(false);
  });

  it('refuses a NOSSA url that does not come from a tab', () => {
    expect(isTrustedSender({ id: trust.extensionId, url: 'https://nossa.telkom.co.id/' }, trust)).toBe(false);
  });

  it('does not let a malformed admin pattern throw', () => {
    expect(isTrustedSender({ id: trust.extensionId, url: 'https://x.test/', tab }, { ...trust, hostPatterns: ['not a pattern'] })).toBe(false);
  });
});
