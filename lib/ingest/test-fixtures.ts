// Test-only helpers shared by the lib/ingest unit tests.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url)));
}

/**
 * Builds a ZIP in memory. `declaredSize` lets a test lie about an entry's uncompressed size,
 * the way a crafted zip bomb does.
 */
export function buildZip(
  entries: Array<{ name: string; data: Uint8Array | string; declaredSize?: number }>,
): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const compressed = deflateRawSync(data);
    const name = Buffer.from(entry.name);
    const fields = Buffer.alloc(24); // shared by local and central headers: flags .. extra length
    fields.writeUInt16LE(8, 2); // deflate
    fields.writeUInt32LE(compressed.length, 12);
    fields.writeUInt32LE(entry.declaredSize ?? data.length, 16);
    fields.writeUInt16LE(name.length, 20);
    const local = Buffer.concat([u32(0x04034b50), u16(20), fields]);
    const record = Buffer.concat([u32(0x02014b50), u16(20), u16(20), fields, Buffer.alloc(10), u32(offset)]);
    parts.push(local, name, compressed);
    central.push(record, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    Buffer.alloc(4),
    u16(entries.length),
    u16(entries.length),
    u32(directory.length),
    u32(offset),
    Buffer.alloc(2),
  ]);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/**
 * A valid PDF that keeps a parser busy for minutes: its page is a billion points wide, and text layout scans the
 * width for a column gutter. It stands for any file that makes parsing spin.
 */
export async function buildSpinningPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([1e9, 792]);
  for (let i = 0; i < 40; i++) {
    page.drawText(`Line ${i}: Python engineer with Docker and AWS`, {
      x: 50 + (i % 2) * 300,
      y: 700 - i * 15,
      size: 11,
      font,
    });
  }
  return doc.save();
}
