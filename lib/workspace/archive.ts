import { inflateEntry, readZipEntries } from '../ingest/zip';

export interface ArchiveLimits {
  maxEntries: number;
  /** Sum of every file's unpacked size, declared or actual. */
  maxTotalBytes: number;
  /** One file's unpacked size: the same 10 MB a single upload may have. */
  maxEntryBytes: number;
}

/** A zip of resumes may be this large as uploaded. */
export const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 500,
  maxTotalBytes: 200 * 1024 * 1024,
  // The same limit as a single upload (MAX_UPLOAD_BYTES in lib/ingest).
  maxEntryBytes: 10 * 1024 * 1024,
};

export interface ArchiveEntry {
  /** The file's own name: folders inside the zip are ignored (and never used as paths). */
  name: string;
  /** The path as stored in the zip, for messages. */
  path: string;
  /** Set when the entry is refused before unpacking: what to tell the user. */
  problem?: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ArchiveOpen =
  | { ok: true; entries: ArchiveEntry[]; read: (entry: ArchiveEntry) => EntryRead }
  | { ok: false; error: string };
export type EntryRead = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** Folders, macOS resource forks and hidden files are not resumes: they are left out without a word. */
function isNoise(path: string): boolean {
  if (path.endsWith('/')) return true;
  const parts = path.split(/[\\/]/);
  return parts.some((p) => p === '__MACOSX') || (parts[parts.length - 1] ?? '').startsWith('.');
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return (parts[parts.length - 1] ?? path).slice(0, 255);
}

/**
 * Opens a zip of resumes without unpacking it: the file list, refused whole when it holds more than `maxEntries`
 * files or declares more than `maxTotalBytes` unpacked. Files are unpacked one at a time through `read`, which
 * holds each to `maxEntryBytes` and all of them together to `maxTotalBytes` whatever sizes the zip declares, so
 * a zip bomb costs at most those bytes.
 */
export function openResumeArchive(bytes: Uint8Array, limits: ArchiveLimits = ARCHIVE_LIMITS): ArchiveOpen {
  const raw = readZipEntries(bytes);
  if (!raw)
    return {
      ok: false,
      error:
        'The zip could not be opened: it looks damaged or incomplete. Make it again and upload it once more.',
    };
  const files = raw.filter((e) => !isNoise(e.name));
  if (files.length === 0)
    return {
      ok: false,
      error:
        'The zip holds no files. Put the resumes (PDF, DOCX, TXT or Markdown) in it and upload it again.',
    };
  if (files.length > limits.maxEntries) {
    return {
      ok: false,
      error: `The zip holds ${files.length} files; the limit is ${limits.maxEntries}. Split it into smaller zips.`,
    };
  }
  const declared = files.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxTotalBytes) {
    return {
      ok: false,
      error: `The zip unpacks to ${mb(declared)}; the limit is ${mb(limits.maxTotalBytes)}. Split it into smaller zips.`,
    };
  }
  const entries: ArchiveEntry[] = files.map((e) => {
    const name = baseName(e.name);
    let problem: string | undefined;
    if (/\.zip$/i.test(name)) problem = 'A zip inside the zip is not unpacked: upload it on its own.';
    else if (e.uncompressedSize > limits.maxEntryBytes)
      problem = `The file is ${(e.uncompressedSize / MB).toFixed(1)} MB unpacked; the limit is ${mb(limits.maxEntryBytes)}. Upload a smaller file.`;
    else if (e.method !== 0 && e.method !== 8)
      problem = 'The file is packed in a way Rolefit cannot unpack. Zip it again with standard compression.';
    return { ...e, name, path: e.name, problem };
  });

  let budget = limits.maxTotalBytes;
  const read = (entry: ArchiveEntry): EntryRead => {
    if (entry.problem) return { ok: false, error: entry.problem };
    if (budget <= 0)
      return {
        ok: false,
        error: `Not unpacked: the zip holds more than ${mb(limits.maxTotalBytes)} of files. Upload the rest in another zip.`,
      };
    const cap = Math.min(limits.maxEntryBytes, budget);
    const unpacked = inflateEntry(bytes, entry, cap);
    if (!unpacked.ok)
      return {
        ok: false,
        error:
          unpacked.reason === 'too_big'
            ? tooBig(limits, cap)
            : 'The file could not be unpacked: the zip looks damaged. Upload this file on its own.',
      };
    const out = unpacked.bytes;
    budget -= out.length;
    // A plain array over a buffer of its own: zlib hands back a Buffer, and a stored entry is a view into the zip,
    // which handing the bytes to a worker thread (a transfer) would otherwise empty.
    return { ok: true, bytes: new Uint8Array(out) };
  };
  return { ok: true, entries, read };
}

function tooBig(limits: ArchiveLimits, cap: number): string {
  return cap < limits.maxEntryBytes
    ? `Not unpacked: the zip holds more than ${mb(limits.maxTotalBytes)} of files. Upload the rest in another zip.`
    : `The file is over ${mb(limits.maxEntryBytes)} unpacked. Upload a smaller file.`;
}

/** Whether an upload is a zip of resumes (by name: a DOCX is a zip too, and is read as one document). */
export function isResumeArchive(filename: string, bytes: Uint8Array): boolean {
  return /\.zip$/i.test(filename) && bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
