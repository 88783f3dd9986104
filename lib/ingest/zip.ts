import { inflateRawSync } from 'node:zlib';

/** One entry of a ZIP central directory, with sizes as the archive declares them. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/**
 * Reads the central directory without inflating anything.
 * Returns null when the archive is truncated or malformed.
 * ZIP64 archives keep their 0xFFFFFFFF placeholders, which callers see as "huge" on purpose.
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;

  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryOffset + directorySize > eocd) return null;

  const entries: ZipEntry[] = [];
  let cursor = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (cursor + 46 > eocd || view.getUint32(cursor, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const nameStart = cursor + 46;
    if (nameStart + nameLength > eocd) return null;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: view.getUint16(cursor + 10, true),
      compressedSize: view.getUint32(cursor + 20, true),
      uncompressedSize: view.getUint32(cursor + 24, true),
      localHeaderOffset: view.getUint32(cursor + 42, true),
    });
    cursor = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  for (let offset = view.byteLength - EOCD_MIN_LENGTH; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

export type Inflated =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too_big' | 'unsupported' };

/**
 * Unpacks one entry, never producing more than `maxBytes` however small the entry claims to be: stored entries
 * are a view into `bytes`, deflated ones a buffer of their own.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Inflated {
  const data = compressedData(bytes, entry);
  if (!data) return { ok: false, reason: 'corrupt' };
  if (entry.method === 0)
    return data.length <= maxBytes ? { ok: true, bytes: data } : { ok: false, reason: 'too_big' };
  if (entry.method !== 8) return { ok: false, reason: 'unsupported' };
  try {
    return { ok: true, bytes: inflateRawSync(data, { maxOutputLength: maxBytes }) };
  } catch (err) {
    return { ok: false, reason: err instanceof RangeError ? 'too_big' : 'corrupt' };
  }
}

/** Reads and inflates one small entry (used for sniffing `mimetype` and for headers). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  const read = inflateEntry(bytes, entry, maxBytes);
  return read.ok ? read.bytes : null;
}

/**
 * Inflates every entry with a shared output budget, so an archive that lies about its sizes
 * still cannot make us allocate more than `budgetBytes`. Returns 'over_budget' or 'corrupt' on failure.
 */
export function checkActualSizes(
  bytes: Uint8Array,
  entries: ZipEntry[],
  budgetBytes: number,
): 'ok' | 'over_budget' | 'corrupt' {
  let remaining = budgetBytes;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const read = inflateEntry(bytes, entry, Math.max(1, remaining + 1));
    if (!read.ok) return read.reason === 'too_big' ? 'over_budget' : 'corrupt';
    remaining -= read.bytes.length;
    if (remaining < 0) return 'over_budget';
  }
  return 'ok';
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_SIGNATURE) return null;
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}
