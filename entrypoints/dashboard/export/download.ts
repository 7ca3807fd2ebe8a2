/**
 * Saves a file the way a web page does, without the `downloads` permission: a Blob URL on an
 * <a download> that is clicked. The URL stays valid until the next export replaces it, so the
 * lead can save it again.
 */
export function saveBlob(blob: Blob, fileName: string, previousUrl?: string | null): string {
  if (previousUrl) URL.revokeObjectURL(previousUrl);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

/** Saves text (a site profile, say) as a file; its URL is released once the click has used it. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = saveBlob(new Blob([text], { type }), fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
