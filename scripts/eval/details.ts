/** The `--verbose` part of the report: per-item numbers behind each row of the table, for tuning. */
import type { GapsResult } from './gaps';
import type { JobsForResumeResult } from './jobs-for-resume';
import type { ResumesForJobResult } from './resumes-for-job';
import type { SkillExtractionResult } from './skills-in-postings';

function columns(rows: string[][], numericFrom: number): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c >= numericFrom ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '),
    )
    .map((l) => l.trimEnd())
    .join('\n');
}

const f2 = (x: number) => x.toFixed(2);

export function formatDetails(r: {
  resumesForJob: ResumesForJobResult | null;
  jobsForResume: JobsForResumeResult;
  skills: SkillExtractionResult | null;
  gaps: GapsResult;
}): string {
  const parts: string[] = [];
  if (r.resumesForJob) {
    const rows = r.resumesForJob.postings.map((p) => [
      p.posting.replace(/\.txt$/, ''),
      p.categories.join('+'),
      String(p.relevant),
      f2(p.rolefit),
      f2(p.bm25),
      f2(p.cosine),
      p.rolefitTop3.join(', '),
    ]);
    // The top-3 column is text, but last, so right-aligning the numbers before it is enough.
    parts.push(
      'Resumes for a job, nDCG@10 per posting',
      columns(
        [['posting', 'relevant categories', 'rel', 'Rolefit', 'BM25', 'Cosine', 'Rolefit top 3'], ...rows],
        2,
      ),
    );
  }
  parts.push(
    '',
    'Jobs for a resume, Spearman ρ per resume (Rolefit order, best first)',
    columns(
      [
        ['resume', 'Rolefit', 'BM25', 'Cosine', 'Rolefit order'],
        ...r.jobsForResume.resumes.map((x) => [
          x.resume,
          f2(x.rolefit),
          f2(x.bm25),
          f2(x.cosine),
          x.rolefitOrder.map((v) => v.replace(/\.txt$/, '')).join(' > '),
        ]),
      ],
      1,
    ),
  );
  parts.push('', 'Gaps per pair');
  for (const p of r.gaps.pairs) {
    parts.push(
      `  ${p.pair}: named ${p.named.length}/${p.named.length + p.unnamed.length}` +
        (p.unnamed.length ? `, not named: ${p.unnamed.join(', ')}` : '') +
        (p.falseGaps.length ? `, false gaps: ${p.falseGaps.join(', ')}` : '') +
        ` | reported missing: required [${p.reportedMissing.required.join(', ')}], preferred [${p.reportedMissing.preferred.join(', ')}]`,
    );
  }
  if (r.skills) {
    parts.push(
      '',
      'Tool-like knowledge spans Rolefit missed most often',
      `  ${r.skills.missedTools.map((m) => `${m.span} (${m.count})`).join(', ')}`,
    );
  }
  return parts.join('\n');
}
