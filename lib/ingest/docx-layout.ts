import { decodeEntities } from './docx';
import { readZipEntries, readZipEntry } from './zip';

/** What a DOCX's XML says about its layout, for the candidate's parse check. */
export interface DocxLayout {
  /** Tables in the body (a table inside a table counts too). */
  tables: number;
  /** Paragraphs of text in the page headers, and in the page footers. */
  headerLines: string[];
  footerLines: string[];
}

const MAX_PART_BYTES = 10 * 1024 * 1024;

function partText(xml: Uint8Array | null): string {
  return xml ? new TextDecoder().decode(xml) : '';
}

function paragraphs(xml: string): string[] {
  const lines = new Set<string>();
  for (const paragraph of xml.split(/<\/w:p>/)) {
    const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const line = decodeEntities(text).trim();
    if (line) lines.add(line);
  }
  return [...lines];
}

/** Reads the tables and the header and footer text of a DOCX; null when it is not a readable DOCX. */
export function readDocxLayout(bytes: Uint8Array): DocxLayout | null {
  const entries = readZipEntries(bytes);
  const body = entries?.find((e) => e.name === 'word/document.xml');
  if (!entries || !body) return null;
  const document = partText(readZipEntry(bytes, body, MAX_PART_BYTES));
  if (!document) return null;
  const linesOf = (pattern: RegExp) =>
    entries
      .filter((e) => pattern.test(e.name))
      .flatMap((e) => paragraphs(partText(readZipEntry(bytes, e, MAX_PART_BYTES))));
  return {
    tables: document.match(/<w:tbl>/g)?.length ?? 0,
    headerLines: linesOf(/^word\/header\d*\.xml$/),
    footerLines: linesOf(/^word\/footer\d*\.xml$/),
  };
}
