/**
 * NOSSA's one host, as a match pattern: the manifest's host permission, the content script's
 * static match, and the shipped profile's host all read it from here.
 */
export const NOSSA_HOST_PATTERN = 'https://nossa.telkom.co.id/*';
