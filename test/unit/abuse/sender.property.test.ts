import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderLike } from '@/lib/messaging';

/**
 * The sender gate, against a model written independently of it: trusted means this extension's
 * own id, and either one of its own pages or its content script (a tab) on a NOSSA host, as the
 * browser's URL parser reads the host. Everything else is refused, whatever the sender object holds.
 */
const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const HOSTS = ['nossa.telkom.co.id', '10.1.2.3'];
const trust = { extensionId: OWN_ID, hostPatterns: ['https://nossa.telkom.co.id/*', 'https://10.1.2.3/*'] };

function modelTrusts(sender: SenderLike): boolean {
  if (sender.id !== OWN_ID || typeof sender.url !== 'string') return false;
  if (sender.url.startsWith(`chrome-extension://${OWN_ID}/`)) return true;
  if (sender.tab == null) return false;
  try {
    const url = new URL(sender.url);
    return url.protocol === 'https:' && HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** URLs built from parts that attackers combine: look-alike hosts, user-info, ports, odd schemes. */
const url = fc
  .record({
    scheme: fc.constantFrom('https://', 'http://', 'HTTPS://', 'wss://', 'ftp://', 'file://', 'chrome-extension://', 'blob:https://', 'javascript:', 'data:', ''),
    userinfo: fc.constantFrom('', 'nossa.telkom.co.id@', 'user:pw@', `${OWN_ID}@`),
    host: fc.constantFrom(
      'nossa.telkom.co.id',
      'NOSSA.Telkom.co.id',
      'nossa.telkom.co.id.',
      'nossa.telkom.co.id.evil.example',
      'evilnossa.telkom.co.id',
      'x.nossa.telkom.co.id',
      'telkom.co.id',
      'nossa-telkom.co.id',
      'xn--nossa-telkom-co-id.example',
      '10.1.2.3',
      '10.1.2.33',
      '010.1.2.3',
      '[::1]',
      OWN_ID,
      `${OWN_ID}x`,
      'otherextensionidotherextensionid',
      '',
    ),
    port: fc.constantFrom('', ':443', ':8443', ':0', ':99999'),
    path: fc.oneof(fc.constantFrom('/', '/maximo/ui/', '/dashboard.html', '/https://nossa.telkom.co.id/', '\\\\evil.example/', '//evil.example/'), fc.webPath()),
    query: fc.oneof(
      fc.constant(''),
      fc.webQueryParameters().map((q) => `?${q}`),
    ),
  })
  .map(({ scheme, userinfo, host, port, path, query }) => `${scheme}${userinfo}${host}${port}${path}${query}`);

const sender: fc.Arbitrary<SenderLike> = fc.record(
  {
    id: fc.oneof(fc.constant(OWN_ID), fc.constant(`${OWN_ID} `), fc.constant(OWN_ID.toUpperCase()), fc.string({ maxLength: 40 }), fc.anything()),
    url: fc.oneof({ weight: 6, arbitrary: url }, { weight: 1, arbitrary: fc.anything() }),
    tab: fc.oneof(fc.constant({ id: 1 }), fc.constant(null), fc.constant(undefined), fc.anything()),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<SenderLike>;

describe('isTrustedSender, over arbitrary senders', () => {
  it('agrees with the model on every sender', () => {
    fc.assert(
      fc.property(sender, (s) => {
        expect(isTrustedSender(s, trust)).toBe(modelTrusts(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('never trusts another extension or a sender without our id, whatever page it claims', () => {
    fc.assert(
      fc.property(
        sender,
        fc.string({ maxLength: 40 }).filter((id) => id !== OWN_ID),
        (s, id) => {
          expect(isTrustedSender({ ...s, id }, trust)).toBe(false);
          expect(isTrustedSender({ ...s, id: undefined }, trust)).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never trusts a web page of a host that is not NOSSA, tab or not', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.anything(), (webUrl, tab) => {
        fc.pre(!HOSTS.includes(new URL(webUrl).hostname));
        expect(isTrustedSender({ id: OWN_ID, url: webUrl, tab }, trust)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('trusts every page of its own extension, and NOSSA only from a tab', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        expect(isTrustedSender({ id: OWN_ID, url: `chrome-extension://${OWN_ID}/${path.replace(/^\//, '')}` }, trust)).toBe(true);
        expect(isTrustedSender({ id: OWN_ID, url: `https://nossa.telkom.co.id/${path.replace(/^\//, '')}`, tab: { id: 9 } }, trust)).toBe(true);
        expect(isTrustedSender({ id: OWN_ID, url: `https://nossa.telkom.co.id/${path.replace(/^\//, '')}` }, trust)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('trusts nothing but its own pages when the host list holds only malformed patterns', () => {
    fc.assert(
      fc.property(sender, fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), (s, patterns) => {
        fc.pre(patterns.every((p) => !/^(\*|https?|file|ftp|urn|wss?):\/\/[^/]*\/.*$/.test(p)));
        const ownPage = s.id === OWN_ID && typeof s.url === 'string' && s.url.startsWith(`chrome-extension://${OWN_ID}/`);
        expect(isTrustedSender(s, { extensionId: OWN_ID, hostPatterns: patterns })).toBe(ownPage);
      }),
      { numRuns: 2_000 },
    );
  });
});
