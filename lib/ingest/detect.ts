import { IngestError } from './errors';
import { decodeWindows1252 } from './windows-1252';
import { isZip, readZipEntries, readZipEntry, type ZipEntry } from './zip';

export type DocumentKind = 'pdf' | 'docx' | 'text';

export const SUPPORTED_TYPES_SENTENCE = 'Upload a PDF, DOCX, TXT or Markdown file.';

/** What the bytes are, with whatever the sniffing already decoded so it is not done twice. */
export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx'; entries: ZipEntry[] | null }
  | { kind: 'text'; text: string }
  | { kind: null; error: IngestError };

const PDF_MAGIC = '%PDF-';
// Acrobat accepts junk before the header as long as it starts within the first KB.
const PDF_HEADER_WINDOW = 1024;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const BINARY_SIGNATURES: Array<{ label: string; matches: (b: Uint8Array) => boolean }> = [
  { label: 'a PNG image', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]) },
  { label: 'a JPEG image', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { label: 'a GIF image', matches: (b) => ascii(b, 0, 4) === 'GIF8' },
  { label: 'a WebP image', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { label: 'a TIFF image', matches: (b) => ['II*\0', 'MM\0*'].includes(ascii(b, 0, 4)) },
  {
    label: 'a HEIC image',
    matches: (b) => ascii(b, 4, 8) === 'ftyp' && /^(heic|heix|mif1|avif)$/.test(ascii(b, 8, 12)),
  },
  { label: 'a program', matches: (b) => ascii(b, 0, 2) === 'MZ' || ascii(b, 0, 4) === '\x7fELF' },
  {
    label: 'a compressed archive',
    matches: (b) =>
      startsWith(b, [0x1f, 0x8b]) || ascii(b, 0, 4) === 'Rar!' || startsWith(b, [0x37, 0x7a, 0xbc, 0xaf]),
  },
];

/** The document kind judged from the bytes alone (never the file name), or null if unsupported. */
export function detectKind(bytes: Uint8Array): DocumentKind | null {
  return sniffDocument(bytes).kind;
}

export function sniffDocument(bytes: Uint8Array): Sniffed {
  if (ascii(bytes, 0, PDF_HEADER_WINDOW).includes(PDF_MAGIC)) return { kind: 'pdf' };
  if (isZip(bytes)) return sniffZip(bytes);
  if (startsWith(bytes, OLE_MAGIC)) return { kind: null, error: oleError(bytes) };
  if (ascii(bytes, 0, 5) === '{\\rtf') {
    return unsupported('This is an RTF file. Save it as DOCX or PDF and upload that.');
  }
  const binary = BINARY_SIGNATURES.find((signature) => signature.matches(bytes));
  if (binary) return unsupported(`This file is ${binary.label}, not a document. ${SUPPORTED_TYPES_SENTENCE}`);

  const decoded = decodeTextDetailed(bytes);
  if (decoded.kind === 'text') return { kind: 'text', text: decoded.text };
  if (decoded.kind === 'not_text') {
    return {
      kind: null,
      error: new IngestError(
        'not_text',
        'This file reads as text but is mostly control characters or binary data, so it is not a readable document. Save the resume from its editor as PDF, DOCX or plain text, and upload that.',
      ),
    };
  }
  return unsupported(`This file type is not supported. ${SUPPORTED_TYPES_SENTENCE}`);
}

function sniffZip(bytes: Uint8Array): Sniffed {
  const entries = readZipEntries(bytes);
  if (!entries) {
    // A damaged archive cannot be listed; the local headers still name the Word part.
    if (containsBytes(bytes, Buffer.from('word/document.xml'))) return { kind: 'docx', entries: null };
    return unsupported(`This ZIP archive is damaged and is not a Word document. ${SUPPORTED_TYPES_SENTENCE}`);
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('word/document.xml')) return { kind: 'docx', entries };
  if (names.has('xl/workbook.xml'))
    return unsupported(`This is an Excel spreadsheet (XLSX). ${SUPPORTED_TYPES_SENTENCE}`);
  if (names.has('ppt/presentation.xml')) {
    return unsupported(`This is a PowerPoint presentation (PPTX). ${SUPPORTED_TYPES_SENTENCE}`);
  }
  const mimetypeEntry = entries.find((entry) => entry.name === 'mimetype');
  const mimetype = mimetypeEntry ? readZipEntry(bytes, mimetypeEntry, 200) : null;
  if (mimetype && new TextDecoder().decode(mimetype).startsWith('application/vnd.oasis.opendocument')) {
    return unsupported(
      `This is an OpenDocument file (ODT). Save it as DOCX or PDF, or ${lowerFirst(SUPPORTED_TYPES_SENTENCE)}`,
    );
  }
  return unsupported(`This is a ZIP archive, not a document. ${SUPPORTED_TYPES_SENTENCE}`);
}

function oleError(bytes: Uint8Array): IngestError {
  // Password-protected DOCX files are wrapped in an OLE container with an "EncryptedPackage" stream.
  if (containsBytes(bytes, Buffer.from('EncryptedPackage', 'utf16le'))) {
    return new IngestError(
      'encrypted',
      'This Word file is password-protected. Remove the password in Word, save it as DOCX or PDF, and upload it again.',
    );
  }
  return new IngestError(
    'unsupported_type',
    'This looks like an old Word .doc file (Word 97–2003). Save it as DOCX or PDF and upload that.',
  );
}

/**
 * Decodes bytes as text when they clearly are text: UTF-8, UTF-16 (with a byte-order mark, or without one when
 * the NULs of ASCII characters give it away), or Windows-1252. A few stray control characters are tolerated
 * (normalising strips them); binary data is not. Returns null for anything that is not text.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const decoded = decodeTextDetailed(bytes);
  return decoded.kind === 'text' ? decoded.text : null;
}

type DecodedText = { kind: 'text'; text: string } | { kind: 'not_text' } | { kind: 'binary' };

// Share of characters that may be junk (controls, unassigned or private-use code points, U+FFFD) in text:
// SkillSpan postings carry about 0.5 % of stray \x1a bytes, decoded binary data 10 % or more.
const MAX_JUNK_SHARE = 0.02;
const JUNK_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\p{Cn}\p{Co}]/gu;

function decodeTextDetailed(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) return judged(decodeOrNull('utf-16le', bytes.subarray(2)));
  if (startsWith(bytes, [0xfe, 0xff])) return judged(decodeOrNull('utf-16be', bytes.subarray(2)));
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return judged(decodeOrNull(utf16, bytes));

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const utf8 = decodeOrNull('utf-8', body);
  if (utf8 !== null) return judged(utf8);

  const singleByte = judgeSingleByteText(body);
  return singleByte === 'text' ? judged(decodeWindows1252(body)) : { kind: singleByte };
}

function judged(text: string | null): DecodedText {
  if (text === null) return { kind: 'binary' };
  return isMostlyJunk(text) ? { kind: 'not_text' } : { kind: 'text', text };
}

function decodeOrNull(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function isMostlyJunk(text: string): boolean {
  let junk = 0;
  for (const _ of text.matchAll(JUNK_CHARS)) junk++;
  return junk > text.length * MAX_JUNK_SHARE;
}

/** UTF-16 saved without a byte-order mark: mostly-ASCII text has a NUL in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = bytes.length / 2;
  if (oddNuls > pairs * 0.5 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.5 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

// Bytes Windows-1252 leaves undefined; their presence means "not 1252 text".
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Mostly printable ASCII is text; with too many control bytes in it, it is text-like but not readable. */
function judgeSingleByteText(bytes: Uint8Array): 'text' | 'not_text' | 'binary' {
  let printableAscii = 0;
  let controls = 0;
  for (const byte of bytes) {
    if (CP1252_UNDEFINED.has(byte)) return 'binary';
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) {
      controls++;
    } else if (byte < 0x80) {
      printableAscii++;
    }
  }
  if (printableAscii < (bytes.length - controls) * 0.85) return 'binary';
  return controls > bytes.length * MAX_JUNK_SHARE ? 'not_text' : 'text';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return new TextDecoder('latin1').decode(bytes.subarray(start, end));
}

function containsBytes(bytes: Uint8Array, needle: Buffer): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function unsupported(message: string): Sniffed {
  return { kind: null, error: new IngestError('unsupported_type', message) };
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
