// For type-checking only (tsconfig.mock-page.json): the look-alike's server answers
// /maximo/webclient/javascript/dates.js with test/nossa-mock/dates.mjs, shared with Node.
export * from '../../dates.mjs';
