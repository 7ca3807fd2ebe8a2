// The page's configuration, served as JSON in <script id="mxconfig">.

/** @type {{ uisessionid: string, waitDelayMs: number, dateFormat: string, ticketReady: boolean,
 *   message: null | { type: string, code: string, text: string } }} */
export const config = readConfig();

function readConfig() {
  const el = document.getElementById('mxconfig');
  try {
    return JSON.parse(el?.textContent ?? '{}');
  } catch {
    return { uisessionid: '', waitDelayMs: 0, dateFormat: 'dd-MM-yyyy HH:mm', ticketReady: false, message: null };
  }
}
