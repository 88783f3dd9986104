import { describe, expect, it } from 'vitest';
import { decodeText, detectKind, sniffDocument } from './detect';
import { buildZip } from '../../test-support/zip';
import { readFixture } from '../../test-support/documents';

function unsupportedMessage(bytes: Uint8Array): string {
  const sniffed = sniffDocument(bytes);
  if (sniffed.kind !== null) throw new Error(`expected unsupported, got ${sniffed.kind}`);
  expect(sniffed.error.code).toBe('unsupported_type');
  expect(sniffed.error.status).toBe(415);
  return sniffed.error.message;
}

describe('detectKind', () => {
  it('recognises the good fixtures by their bytes', () => {
    expect(detectKind(readFixture('resume-ml-engineer.pdf'))).toBe('pdf');
    expect(detectKind(readFixture('resume-ml-engineer.docx'))).toBe('docx');
    expect(detectKind(readFixture('resume-accountant.txt'))).toBe('text');
    expect(detectKind(readFixture('resume-frontend.md'))).toBe('text');
  });

  it('finds a PDF header that follows a few junk bytes', () => {
    const pdf = readFixture('resume-ml-engineer.pdf');
    const prefixed = new Uint8Array([0x0a, 0x0a, ...pdf.subarray(0, 64)]);
    expect(detectKind(prefixed)).toBe('pdf');
  });

  it('rejects images, programs and legacy Office files', () => {
    expect(detectKind(readFixture('image.png'))).toBeNull();
    expect(detectKind(readFixture('legacy.doc'))).toBeNull();
    expect(detectKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBeNull();
    expect(detectKind(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]))).toBeNull();
  });

  it('names the file type and the supported ones in the message', () => {
    expect(unsupportedMessage(readFixture('image.png'))).toBe(
      'This file is a PNG image, not a document. Upload a PDF, DOCX, TXT or Markdown file.',
    );
    expect(unsupportedMessage(readFixture('legacy.doc'))).toMatch(/old Word \.doc.*save it as DOCX or PDF/i);
    expect(unsupportedMessage(new TextEncoder().encode('{\\rtf1\\ansi Resume}'))).toMatch(/RTF.*DOCX or PDF/);
  });

  it('tells other ZIP-based formats apart from DOCX', () => {
    const xlsx = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    const odt = buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]);
    const plainZip = buildZip([{ name: 'resume.txt', data: 'hello' }]);
    expect(unsupportedMessage(xlsx)).toMatch(
      /Excel spreadsheet \(XLSX\)\. Upload a PDF, DOCX, TXT or Markdown file\./,
    );
    expect(unsupportedMessage(odt)).toMatch(/OpenDocument/);
    expect(unsupportedMessage(plainZip)).toMatch(/ZIP archive/);
  });

  it('flags a password-protected Word file as encrypted, not as a legacy .doc', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 1024);
    const sniffed = sniffDocument(ole);
    expect(sniffed.kind === null && sniffed.error.code).toBe('encrypted');
  });

  it('treats a damaged archive that names word/document.xml as a (corrupt) DOCX', () => {
    const docx = readFixture('resume-ml-engineer.docx');
    const sniffed = sniffDocument(docx.subarray(0, docx.length - 200));
    expect(sniffed).toEqual({ kind: 'docx', entries: null });
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Café – C++'))).toBe('Café – C++');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toBe('Hi');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Résumé', 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('Résumé', 'utf16le').swap16()]);
    expect(decodeText(le)).toBe('Résumé');
    expect(decodeText(be)).toBe('Résumé');
  });

  it('falls back to Windows-1252 for clearly textual single-byte files', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('Caf'),
      0xe9,
      ...Buffer.from(' manager '),
      0x96,
      ...Buffer.from(' 5 years'),
    ]);
    expect(decodeText(bytes)).toBe('Café manager – 5 years');
  });

  it('refuses binary data', () => {
    expect(decodeText(new Uint8Array([0x48, 0x00, 0x69]))).toBeNull();
    expect(decodeText(new Uint8Array([0x80, 0x81, 0x02, 0x03, 0xfe]))).toBeNull();
  });

  it('decodes UTF-16 saved without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Python engineer', 'utf16le'))).toBe('Python engineer');
    expect(decodeText(Buffer.from('Python engineer', 'utf16le').swap16())).toBe('Python engineer');
  });

  it('keeps text with a few stray control characters, as some exported postings have', () => {
    const posting = `${'Build data pipelines in Python and SQL. '.repeat(40)}\x1a robots\x1a and more.\x00`;
    expect(decodeText(new TextEncoder().encode(posting))).toBe(posting);
    const cp1252 = new Uint8Array([
      ...Buffer.from('Caf'),
      0xe9,
      ...Buffer.from(' manager, '.repeat(30)),
      0x1a,
    ]);
    expect(decodeText(cp1252)).toMatch(/^Café manager/);
  });
});

describe('sniffDocument on text that is not readable', () => {
  it('refuses text-like data full of control characters with a 422 that says what to do', () => {
    const junk = new TextEncoder().encode(
      'Resume\x01\x02 text\x03\x04\x05 with\x06\x07 controls\x0e\x0f everywhere'.repeat(20),
    );
    const sniffed = sniffDocument(junk);
    if (sniffed.kind !== null) throw new Error(`expected a refusal, got ${sniffed.kind}`);
    expect({ code: sniffed.error.code, status: sniffed.error.status }).toEqual({
      code: 'not_text',
      status: 422,
    });
    expect(sniffed.error.message).toMatch(/control characters.*save the resume.*as PDF, DOCX or plain text/i);
  });

  it('still calls random bytes an unsupported type', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(unsupportedMessage(bytes)).toMatch(/not supported\. Upload a PDF, DOCX, TXT or Markdown file\./);
  });
});
