import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test-support/zip';
import { isResumeArchive, openResumeArchive, type ArchiveLimits } from './archive';

const limits: ArchiveLimits = { maxEntries: 5, maxTotalBytes: 10_000, maxEntryBytes: 4_000 };

function opened(zip: Uint8Array, l = limits) {
  const archive = openResumeArchive(zip, l);
  if (!archive.ok) throw new Error(archive.error);
  return archive;
}

describe('openResumeArchive', () => {
  it('lists files by their own names, ignoring folders and noise, and unpacks them', () => {
    const archive = opened(
      buildZip([
        { name: 'cvs/', data: '' },
        { name: 'cvs/ada.txt', data: 'Ada Lovelace' },
        { name: '__MACOSX/cvs/._ada.txt', data: 'junk' },
        { name: '.DS_Store', data: 'junk' },
        { name: '../../etc/passwd.md', data: 'Grace Hopper' },
      ]),
    );
    expect(archive.entries.map((e) => [e.name, e.path])).toEqual([
      ['ada.txt', 'cvs/ada.txt'],
      ['passwd.md', '../../etc/passwd.md'],
    ]);
    const read = archive.read(archive.entries[0]!);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('Ada Lovelace');
  });

  it('hands out bytes that own their buffer, so transferring them to a worker leaves the zip intact', () => {
    const zip = buildZip([
      { name: 'a.txt', data: 'Ada' },
      { name: 'b.txt', data: 'Grace' },
    ]);
    const archive = opened(zip);
    const read = archive.read(archive.entries[0]!);
    if (!read.ok) throw new Error(read.error);
    expect(Buffer.isBuffer(read.bytes)).toBe(false);
    expect(read.bytes.buffer.byteLength).toBe(read.bytes.byteLength);
    structuredClone(read.bytes, { transfer: [read.bytes.buffer] });
    const second = archive.read(archive.entries[1]!);
    expect(second.ok && new TextDecoder().decode(second.bytes)).toBe('Grace');
  });

  it('refuses a zip with too many files or too many declared bytes, whole', () => {
    const many = buildZip(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.txt`, data: 'x' })));
    expect(openResumeArchive(many, limits)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/6 files; the limit is 5/),
    });
    const declared = buildZip([
      { name: 'a.txt', data: 'x', declaredSize: 6_000 },
      { name: 'b.txt', data: 'x', declaredSize: 6_000 },
    ]);
    expect(openResumeArchive(declared, limits)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Split it/),
    });
  });

  it('refuses damaged and empty zips with a sentence', () => {
    expect(openResumeArchive(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), limits)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/damaged/),
    });
    expect(openResumeArchive(buildZip([{ name: 'empty/', data: '' }]), limits)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no files/),
    });
  });

  it('holds each file to the per-file limit even when the zip lies about its size', () => {
    const archive = opened(
      buildZip([
        { name: 'bomb.txt', data: 'a'.repeat(50_000), declaredSize: 100 },
        { name: 'ok.txt', data: 'fine' },
      ]),
    );
    expect(archive.read(archive.entries[0]!)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/over 0 MB|limit|over/),
    });
    expect(archive.read(archive.entries[1]!).ok).toBe(true);
  });

  it('refuses a file declared over the per-file limit without unpacking it', () => {
    const archive = opened(buildZip([{ name: 'big.pdf', data: 'a'.repeat(5_000) }]));
    expect(archive.entries[0]!.problem).toMatch(/unpacked; the limit/);
    expect(archive.read(archive.entries[0]!).ok).toBe(false);
  });

  it('stops unpacking once the files together pass the total budget', () => {
    const archive = opened(
      buildZip(
        Array.from({ length: 4 }, (_, i) => ({
          name: `${i}.txt`,
          data: 'b'.repeat(3_500),
          declaredSize: 10,
        })),
      ),
    );
    const results = archive.entries.map((e) => archive.read(e).ok);
    expect(results.slice(0, 2)).toEqual([true, true]);
    expect(results).toContain(false);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(2);
  });

  it('reports a zip inside the zip instead of unpacking it', () => {
    const archive = opened(buildZip([{ name: 'more.zip', data: buildZip([{ name: 'a.txt', data: 'a' }]) }]));
    expect(archive.read(archive.entries[0]!)).toEqual({
      ok: false,
      error: expect.stringMatching(/zip inside the zip/),
    });
  });
});

describe('isResumeArchive', () => {
  it('takes .zip files as archives and a DOCX as a document', () => {
    const zip = buildZip([{ name: 'a.txt', data: 'a' }]);
    expect(isResumeArchive('resumes.ZIP', zip)).toBe(true);
    expect(isResumeArchive('resume.docx', zip)).toBe(false);
    expect(isResumeArchive('fake.zip', new TextEncoder().encode('hello'))).toBe(false);
  });
});
