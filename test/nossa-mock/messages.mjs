// @ts-check
// Maximo-style system messages ("BMXAA4205I - Record has been saved."). The last
// letter of the code is the severity (E error, W warning, I info), as in Maximo.
// BMXAA4205I and BMXAA7901E are Maximo's own texts; the other codes are the
// look-alike's choice in Maximo's style (documented in README.md).

/** @typedef {{ type: 'error' | 'warning' | 'info', code: string, text: string }} Message */

/** @param {string} code @param {string} text @returns {Message} */
function msg(code, text) {
  const sev = code.slice(-1);
  const type = sev === 'E' ? 'error' : sev === 'W' ? 'warning' : 'info';
  return { type, code, text: `${code} - ${text}` };
}

export const MSG = {
  saved: () => msg('BMXAA4205I', 'Record has been saved.'),
  // Info, as NOSSA sends it: a client must not read it as a successful save.
  nothingToSave: () => msg('BMXAA4209I', 'There are no changes to save.'),
  // okSaves false: Change Status OK applied the status to the record, not saved yet.
  statusNotSaved: () => msg('BMXAA4210I', 'The status was changed. Save the record to keep the change.'),
  /** @param {string} value @param {string} label */
  notValid: (value, label) => msg('BMXAA4191E', `The value ${value} is not valid for ${label}. Specify a valid value.`),
  /** @param {string} value @param {string} label @param {number} min @param {number} max */
  outOfRange: (value, label, min, max) => msg('BMXAA4191E', `The value ${value} is not valid for ${label}. Specify a whole number from ${min} to ${max}.`),
  /** @param {string} label @param {string} object */
  required: (label, object) => msg('BMXAA4195E', `A value is required for the ${label} field on the ${object} object.`),
  /** @param {string} value @param {string} label @param {string} format */
  badDate: (value, label, format) => msg('BMXAA4144E', `The value ${value} for ${label} is not a valid date and time. Use the format ${format}.`),
  /** @param {string} label @param {number} max */
  tooLong: (label, max) => msg('BMXAA4049E', `The value for ${label} exceeds the maximum length of ${max}.`),
  /** @param {string} label */
  readOnly: (label) => msg('BMXAA4080E', `The ${label} field is read-only and cannot be changed.`),
  /** @param {string} from @param {string} to */
  statusNotAllowed: (from, to) => msg('BMXAA4590E', `The status cannot be changed from ${from} to ${to}.`),
  /** @param {string} last */
  statusDateTooEarly: (last) => msg('BMXAA4226E', `The status date must be later than the last status date, ${last}.`),
  statusUnchanged: () => msg('BMXAA4589E', 'The new status must be different from the current status.'),
  notFound: () => msg('BMXAA4186E', 'No records were found that match the specified query.'),
  /** @param {string} ticketId */
  recordReadOnly: (ticketId) => msg('BMXAA4127E', `Incident ${ticketId} is in a history status and cannot be changed.`),
  noRecord: () => msg('BMXAA4187E', 'There is no current record. Select a record from the List tab.'),
  savePrompt: () => msg('BMXAA7987W', 'Do you want to save your changes before continuing?'),
  staleComponent: () => msg('BMXAA6713E', 'The page is out of date: a component of this request no longer exists. Refresh the page.'),
  badToken: () => msg('BMXAA8296E', 'The request could not be processed because it did not come from this page. Refresh the page.'),
  sessionGone: () => msg('BMXAA6714E', 'Your application session is no longer valid. Refresh the page to continue.'),
  notAvailable: () => msg('BMXAA4100E', 'This action is not available in the NOSSA look-alike.'),
  loginFailed: () => msg('BMXAA7901E', 'You cannot log in at this time. Contact the system administrator.'),
};

/** Whether a save answered "saved" (other info messages, e.g. nothing to save, are not). @param {Message} m */
export function isSaved(m) {
  return m.code === 'BMXAA4205I';
}
