import { describe, expect, it } from 'vitest';
import { nossaProfile } from '@/lib/sites';
import { ticketLink } from '@/lib/sites/ticket-link';

describe('the deep link that opens one ticket in NOSSA', () => {
  it('is the form NOSSA.md documents, on the default profile’s host', () => {
    expect(ticketLink(nossaProfile, 'IN110088251')).toBe(
      'https://nossa.telkom.co.id/maximo/ui/login?event=loadapp&value=incident&additionalevent=useqbe&additionaleventvalue=TICKETID=IN110088251',
    );
  });

  it("opens on the origin given (the tab's own host) when there is one", () => {
    expect(ticketLink(nossaProfile, 'IN110088251', 'http://10.1.2.3:8080')).toBe(
      'http://10.1.2.3:8080/maximo/ui/login?event=loadapp&value=incident&additionalevent=useqbe&additionaleventvalue=TICKETID=IN110088251',
    );
  });

  it('uses the first host that can be linked to (an internal IP, a port), never a wildcard', () => {
    expect(ticketLink({ hosts: ['https://*.telkom.co.id/*', 'http://10.1.2.3:8080/*'] }, 'INC123456')).toMatch(
      /^http:\/\/10\.1\.2\.3:8080\/maximo\/ui\/login\?.*TICKETID=INC123456$/,
    );
  });
});
