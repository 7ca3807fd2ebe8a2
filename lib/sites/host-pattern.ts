import { hostPatternSchema } from '../schema/settings';

/** "https://10.1.2.3" or "10.1.2.3:8443/maximo" -> "https://10.1.2.3:8443/*", or null. */
export function toHostPattern(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    // URL() is lenient (it percent-encodes spaces in a host): accept only a real host name,
    // an IPv4 or a bracketed IPv6 address, with an optional port.
    if (!/^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(url.host)) return null;
    const pattern = `${url.protocol}//${url.host}/*`;
    return hostPatternSchema.safeParse(pattern).success ? pattern : null;
  } catch {
    return null;
  }
}
