import mammoth from 'mammoth';
import { IngestError } from './errors';
import type { ExtractedText } from './pdf';
import { checkActualSizes, readZipEntry, type ZipEntry } from './zip';

export const MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 2000;
const MAX_HEADER_BYTES = 1024 * 1024;

/**
 * Extracts paragraphs (one per line, list items as "- ") from a DOCX, including page-header text
 * where resumes often keep the name and contact line. `entries` is the already-read central directory.
 */
export async function extractDocxText(bytes: Uint8Array, entries: ZipEntry[] | null): Promise<ExtractedText> {
  if (!entries) throw corrupt();
  assertNotZipBomb(bytes, entries);

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw corrupt(error);
  }

  const body = htmlToText(html);
  const headers = readHeaderLines(bytes, entries).filter((line) => !body.includes(line));
  return { text: [...headers, body].join('\n'), warnings: [] };
}

function assertNotZipBomb(bytes: Uint8Array, entries: ZipEntry[]): void {
  const declared = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  const verdict =
    entries.length > MAX_DOCX_ENTRIES || declared > MAX_DOCX_UNCOMPRESSED_BYTES
      ? 'over_budget'
      : // Declared sizes can lie, so the parts are also inflated against a hard budget before mammoth sees them.
        checkActualSizes(bytes, entries, MAX_DOCX_UNCOMPRESSED_BYTES);
  if (verdict === 'corrupt') throw corrupt();
  if (verdict === 'over_budget') {
    throw new IngestError(
      'zip_bomb',
      'This DOCX unpacks to far more data than a document should (over 50 MB or 2,000 parts), so it was not opened. Re-save it in Word or export it as PDF, and upload that.',
    );
  }
}

function readHeaderLines(bytes: Uint8Array, entries: ZipEntry[]): string[] {
  const lines = new Set<string>();
  for (const entry of entries.filter((e) => /^word\/header\d*\.xml$/.test(e.name))) {
    const xml = readZipEntry(bytes, entry, MAX_HEADER_BYTES);
    if (!xml) continue;
    for (const paragraph of new TextDecoder().decode(xml).split(/<\/w:p>/)) {
      const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const line = decodeEntities(text).trim();
      if (line) lines.add(line);
    }
  }
  return [...lines];
}

/** mammoth's HTML is small and regular (p, h1-h6, ul/ol/li, table, inline tags), so tags map straight to lines. */
function htmlToText(html: string): string {
  const text = html
    .replace(/<h[1-6][^>]*>/g, '\n\n')
    .replace(/<li[^>]*>/g, '\n- ')
    .replace(/<br\s*\/?>|<\/(?:p|h[1-6]|tr|td|th|table|ul|ol)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    // A list directly after a paragraph or heading is not a new paragraph.
    .replace(/\n+(?=- )/g, '\n');
  return decodeEntities(text);
}

/**
 * Decodes XML character references and the five named entities. A reference to no character (past U+10FFFF, or a
 * lone surrogate) becomes U+FFFD, and one to NUL is dropped: a hostile header must not stop the file being read.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
    (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec) return character(Number(dec));
      if (hex) return character(parseInt(hex, 16));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name!.toLowerCase() as 'amp'];
    },
  );
}

function character(codePoint: number): string {
  if (codePoint === 0) return '';
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(codePoint);
}

function corrupt(cause?: unknown): IngestError {
  return new IngestError(
    'corrupt',
    'This DOCX could not be read; it may be damaged. Open it in Word, save it again (or export a PDF), and upload that.',
    { cause },
  );
}
