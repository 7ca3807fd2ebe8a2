import { absoluteRange, blockRange, quotedSheet } from './cell-ref';
import type { XlsxSheet } from './sheet';
import { SPREADSHEET_NS, xmlAttribute, XML_HEAD } from './xml-text';

/** The workbook's small parts: what the package holds, how its parts relate, the sheets and their names. */

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export const sheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

export function contentTypesXml(sheetCount: number, sharedStrings: boolean): string {
  let xml =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>';
  for (let i = 0; i < sheetCount; i++) xml += `<Override PartName="/${sheetPath(i)}" ContentType="${SHEET_TYPE}"/>`;
  xml += '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>';
  if (sharedStrings) xml += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>';
  return (
    xml +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

export const rootRelsXml = () =>
  XML_HEAD +
  `<Relationships xmlns="${PACKAGE_RELS}">` +
  `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${RELS}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

/** Sheets are rId1..rIdN, then styles and the shared strings. */
export function workbookRelsXml(sheetCount: number, sharedStrings: boolean): string {
  let xml = XML_HEAD + `<Relationships xmlns="${PACKAGE_RELS}">`;
  for (let i = 0; i < sheetCount; i++) xml += `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  xml += `<Relationship Id="rId${sheetCount + 1}" Type="${RELS}/styles" Target="styles.xml"/>`;
  if (sharedStrings) xml += `<Relationship Id="rId${sheetCount + 2}" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>`;
  return xml + '</Relationships>';
}

/**
 * The sheets in order, and each table's names: its filter range as "_xlnm._FilterDatabase" on
 * that sheet, as Excel itself writes it (LibreOffice Calc shows the filter buttons only when the
 * name is there), and its header row as the print titles.
 */
export function workbookXml(sheets: readonly XlsxSheet[]): string {
  let names = '';
  sheets.forEach((sheet, i) => {
    if (!sheet.table) return;
    const range = absoluteRange(sheet.name, blockRange(sheet.columns.length, sheet.rowCount));
    names += `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlAttribute(range)}</definedName>`;
    names += `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlAttribute(`${quotedSheet(sheet.name)}!$1:$1`)}</definedName>`;
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${SPREADSHEET_NS}" xmlns:r="${RELS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets.map((sheet, i) => `<sheet name="${xmlAttribute(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets>' +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '</workbook>'
  );
}

export function coreXml(title: string, creator: string, made: Date): string {
  const when = `${made.toISOString().slice(0, 19)}Z`;
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlAttribute(title)}</dc:title><dc:creator>${xmlAttribute(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export const appXml = (application: string) =>
  XML_HEAD +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  `<Application>${xmlAttribute(application)}</Application><DocSecurity>0</DocSecurity>` +
  '</Properties>';
