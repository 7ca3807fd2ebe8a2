// @ts-check
// The page's configuration, served as JSON in <script id="mxconfig">.

/** @type {{ uisessionid: string, waitDelayMs: number, dateFormat: string, ticketReady: boolean,
 *   message: null | { type: string, code: string, text: string } }} */
export const config = readConfig();

/** @returns {typeof config} */
function readConfig() {
  const el = document.getElementById('mxconfig');
  try {
    /** @type {unknown} */
    const parsed = JSON.parse(el?.textContent ?? '{}');
    return /** @type {typeof config} */ (parsed); // written by the look-alike's server (render/page.mjs)
  } catch {
    return { uisessionid: '', waitDelayMs: 0, dateFormat: 'dd-MM-yyyy HH:mm', ticketReady: false, message: null };
  }
}
