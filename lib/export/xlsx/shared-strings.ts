import { SPREADSHEET_NS, textElement, XML_HEAD } from './xml-text';

/**
 * The workbook's shared string table: each distinct text written once, cells pointing at it by
 * number. Names, labels and codes repeat on every row, so the sheets' XML shrinks, and with it
 * the deflating that dominates the writer's time; the table is held until the sheets are done.
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Cells pointing into the table (the "count" Excel expects beside the unique count). */
  private uses = 0;

  indexOf(text: string): number {
    this.uses++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.indexes.set(text, index);
      this.texts.push(text);
    }
    return index;
  }

  /** A cell pointing at a text it already has the index of. */
  countUse(): void {
    this.uses++;
  }

  get size(): number {
    return this.texts.length;
  }

  /** The table's XML, in chunks of about `chunkChars` characters. */
  *xml(chunkChars: number): Generator<string> {
    let xml = `${XML_HEAD}<sst xmlns="${SPREADSHEET_NS}" count="${this.uses}" uniqueCount="${this.texts.length}">`;
    for (const text of this.texts) {
      xml += `<si>${textElement(text)}</si>`;
      if (xml.length >= chunkChars) {
        yield xml;
        xml = '';
      }
    }
    yield `${xml}</sst>`;
  }
}
