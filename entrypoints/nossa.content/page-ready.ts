/**
 * The document is parsed (DOMContentLoaded): NOSSA's markup is there to read and to mount on.
 * The content script starts at document_start from the manifest, but at document_idle on an extra
 * host registered at run time: then the page is past this point and it resolves at once.
 */
export function documentParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
