/**
 * NOSSA's Owner Group list as read on this page, kept for the panel's life (NOSSA loads one
 * ticket after another in the same page, and the list is the same for all): reading it again
 * would open NOSSA's lookup again. Per site profile, since another profile may read another
 * field. Gone with the page: the list on the server may change.
 */
const lists = new Map<string, readonly string[]>();
const listeners = new Set<() => void>();

export const nossaGroups = {
  get: (profileId: string): readonly string[] | undefined => lists.get(profileId),
  set: (profileId: string, groups: readonly string[]): void => {
    lists.set(profileId, groups);
    listeners.forEach((listener) => listener());
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** For tests: forget every list. */
  clear: (): void => {
    lists.clear();
    listeners.forEach((listener) => listener());
  },
};
