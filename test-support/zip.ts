// The one ZIP writer, for tests, the e2e suite and scripts/make-fixtures.ts (the app only reads zips: lib/ingest/zip.ts).
// Written with Node's zlib alone, so a test controls every byte: an entry can lie about its size, as a zip bomb does.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  /** The uncompressed size the headers declare, when a test wants them to lie (a crafted zip bomb). */
  declaredSize?: number;
}

export interface ZipOptions {
  /** zlib's deflate level; default zlib's own. */
  level?: number;
  /** The MS-DOS date every entry carries (0x21 is 1980-01-01); default 0, which keeps output reproducible too. */
  dosDate?: number;
}

const UTF8_NAMES = 0x0800;

/** A deflated ZIP of the entries, in order; names that are not ASCII are flagged as UTF-8. */
export function buildZip(entries: readonly ZipEntry[], opts: ZipOptions = {}): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const compressed = deflateRawSync(data, opts.level === undefined ? {} : { level: opts.level });
    const name = Buffer.from(entry.name);
    // Shared by the local and central headers: flags, method, time, date, CRC-32, sizes, name and extra lengths.
    const fields = Buffer.alloc(24);
    fields.writeUInt16LE(/[^\x20-\x7e]/.test(entry.name) ? UTF8_NAMES : 0, 0);
    fields.writeUInt16LE(8, 2); // deflate
    fields.writeUInt16LE(opts.dosDate ?? 0, 6);
    fields.writeUInt32LE(crc32(data), 8);
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
