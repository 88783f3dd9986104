import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lib/match/types';
import { closeDb } from './client';
import { deleteComparedPosting, insertComparedPosting, listComparedPostings } from './compared-postings';
import { pendingPurges, purgeDeleted } from './purge';
import { insertJob, type NewJob } from './jobs';
import { completeResume } from './processing';
import { deleteResume, insertResume } from './resumes';
import { EMBEDDING_DIMS } from '../lib/embeddings/config';

// "Deleted for good", checked the way it was found wanting: by searching every file of a real embedded database.
let dataDir: string;
const vec = (x: number) => Array.from({ length: EMBEDDING_DIMS }, (_, i) => (i === 0 ? x : 0));

/** Every file under the data dir holding the marker's bytes, as written or lower-cased (search lexemes are). */
function filesHolding(marker: string): string[] {
  const needles = [Buffer.from(marker), Buffer.from(marker.toLowerCase())];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && needles.some((n) => fs.readFileSync(file).includes(n)))
        found.push(path.relative(dataDir, file));
    }
  };
  walk(dataDir);
  return found;
}

async function storeResume(id: string, marker: string) {
  const text = `Jane Roe\n${marker} led the payroll migration at Northwind.`;
  await insertResume({
    id,
    filename: `${marker}.txt`,
    kind: 'text',
    sizeBytes: text.length,
    contentHash: id,
    original: new TextEncoder().encode(text),
    text,
    candidateName: null,
    accessTokenHash: `hash-${id}`,
  });
  const result = { exact: 0.5, score: 50, evidence: marker, skills: { matched: [], implied: [] } };
  await completeResume(
    id,
    {
      skills: [],
      years: null,
      warnings: [],
      chunks: [{ text: `${marker} led the payroll migration`, vector: vec(1) }],
    },
    [{ jobId: 'job', result: result as unknown as MatchResult }],
  );
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-purge-'));
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  await insertJob({
    id: 'job',
    ownerId: null,
    title: 'Payroll Lead',
    company: '',
    location: '',
    description: 'A posting.',
    contentHash: 'job',
    skills: [],
    requirements: [
      { text: 'Payroll', level: 'required', skills: ['Payroll'] } as NewJob['requirements'][number],
    ],
    minYears: null,
    warnings: [],
    titleVector: vec(1),
    requirementVectors: [vec(1)],
  });
});
afterAll(async () => {
  await closeDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('purgeDeleted', () => {
  it('leaves no byte of a deleted resume in the table files or the log, and keeps every other resume', async () => {
    await storeResume('gone', 'QZXDELETEDMARKER');
    await storeResume('kept', 'QZXKEPTMARKER');
    // Committed writes are in the log at once: the search can find them, so it can fail.
    expect(filesHolding('QZXDELETEDMARKER')).not.toEqual([]);

    expect(await deleteResume('gone')).toBe(true);
    expect(await pendingPurges()).toBe(1);
    // Deleting alone leaves the bytes behind: the hole the purge closes.
    expect(filesHolding('QZXDELETEDMARKER')).not.toEqual([]);

    expect(await purgeDeleted()).toEqual({ requests: 1, walRemoved: true });
    expect(filesHolding('QZXDELETEDMARKER')).toEqual([]);
    expect(filesHolding('QZXKEPTMARKER')).not.toEqual([]);
    expect(await pendingPurges()).toBe(0);
  });

  it('leaves no byte of a compared posting the candidate removed, nor of one dropped past the cap', async () => {
    await storeResume('comparer', 'QZXCOMPARERMARKER');
    const posting = (marker: string) => ({
      resumeId: 'comparer',
      title: `${marker} Payroll Lead`,
      text: `${marker} runs payroll for 4,000 staff.`,
      score: 50,
    });
    const { id: dropped } = await insertComparedPosting(posting('QZXDROPPEDPOSTING'), 2);
    const { id: removed } = await insertComparedPosting(posting('QZXREMOVEDPOSTING'), 2);
    await insertComparedPosting(posting('QZXKEPTPOSTING'), 2);
    expect(filesHolding('QZXDROPPEDPOSTING')).not.toEqual([]);
    // The first posting went past the cap of two with the third; the candidate removes the second.
    expect(await deleteComparedPosting('comparer', dropped)).toBe(false);
    expect(await deleteComparedPosting('comparer', removed)).toBe(true);
    expect((await listComparedPostings('comparer')).map((p) => p.title)).toEqual([
      'QZXKEPTPOSTING Payroll Lead',
    ]);
    expect(await pendingPurges()).toBe(2);

    expect(await purgeDeleted()).toEqual({ requests: 2, walRemoved: true });
    expect(filesHolding('QZXDROPPEDPOSTING')).toEqual([]);
    expect(filesHolding('QZXREMOVEDPOSTING')).toEqual([]);
    expect(filesHolding('QZXKEPTPOSTING')).not.toEqual([]);
    expect(filesHolding('QZXCOMPARERMARKER')).not.toEqual([]);
  });

  it('does nothing when no deletion awaits it', async () => {
    expect(await purgeDeleted()).toEqual({ requests: 0, walRemoved: true });
  });
});
