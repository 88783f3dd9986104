import type { RefObject } from 'react';
import type { KeywordRow } from '@/lib/candidate/keywords';
import type { PostingComparison } from '@/services/compare';
import { Warnings } from '@/components/resumes/Warnings';
import { MatchDetail } from '@/components/matches/MatchDetail';
import { GapAdvice } from './GapAdvice';
import { KeywordTable } from './KeywordTable';

/** The same report a board job gets, for a posting pasted from elsewhere (kept only in the link's history). */
export function ComparisonReport({
  report,
  keywords,
  headingRef,
}: {
  report: PostingComparison;
  keywords: KeywordRow[];
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <section aria-labelledby="comparison-heading" className="space-y-6">
      <div className="space-y-1">
        <h2
          id="comparison-heading"
          ref={headingRef}
          tabIndex={-1}
          className="text-2xl font-bold tracking-tight"
        >
          Your fit for {report.title}: {report.result.score}/100
        </h2>
        <p className="text-sm text-slate-700">
          Kept in your history under your private link only: it is not on the job board and no recruiter sees
          it.
        </p>
      </div>
      <Warnings warnings={report.warnings} title="About this posting" />
      <MatchDetail result={report.result} />
      <GapAdvice plan={report.plan} idPrefix="comparison-gap" />
      <KeywordTable rows={keywords} idPrefix="comparison-keywords" />
    </section>
  );
}
