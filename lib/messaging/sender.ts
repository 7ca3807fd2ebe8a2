import { MatchPattern } from '@webext-core/match-patterns';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
  /** The frame of the tab a content script's message came from (0: the top frame). */
  frameId?: number;
  /** The document that sent it (Chrome 106+): names one page load, unlike a frame id. */
  documentId?: string;
}

/** The sender's tab id (a content script's tab); -1 for a page without one. */
export function senderTabId(sender: SenderLike): number {
  const id = (sender.tab as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' ? id : -1;
}

export interface TrustContext {
  extensionId: string;
  /** Match patterns of the NOSSA hosts whose content script may talk to us. */
  hostPatterns: readonly string[];
}

/**
 * A message is trusted only when it comes from this extension, and either from one of its own
 * pages or from its content script running on a NOSSA host. Other extensions and web pages
 * cannot reach runtime.onMessage in the first place (no externally_connectable); this check is
 * the second lock, and it also refuses a content script on a page that is not NOSSA.
 */
export function isTrustedSender(sender: SenderLike, trust: TrustContext): boolean {
  if (sender.id !== trust.extensionId || typeof sender.url !== 'string') return false;
  if (sender.url.startsWith(`chrome-extension://${trust.extensionId}/`)) return true;
  if (sender.tab == null) return false;
  return trust.hostPatterns.some((pattern) => safeIncludes(pattern, sender.url as string));
}

function safeIncludes(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}
