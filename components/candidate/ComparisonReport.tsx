import type { RefObject } from 'react';
import type { KeywordRow } from '@/lib/candidate/keywords';
import type { PostingComparison } from '@/services/compare';
import { Warnings } from '@/components/resumes/Warnings';
import { MatchDetail } from '@/components/matches/MatchDetail';
import { GapAdvice } from './GapAdvice';
import { KeywordTable } from './KeywordTable';
import { MatchVerdict } from './MatchVerdict';

/**
 * The same report a board job gets, for a posting pasted from elsewhere (kept only in the link's history): the verdict
 * first, then the advice, with the requirements, the score's parts and the keywords folded as on a job's page.
 */
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
      <MatchVerdict
        result={report.result}
        plan={report.plan}
        gapHref="#comparison-gap-heading"
        title={report.title}
        headingId="comparison-heading"
        headingRef={headingRef}
        region={false}
        note="Kept in your history under your private link only: it is not on the job board and no recruiter sees it."
      />
      <Warnings warnings={report.warnings} title="About this posting" />
      <GapAdvice plan={report.plan} idPrefix="comparison-gap" />
      <MatchDetail result={report.result} folded />
      <KeywordTable rows={keywords} idPrefix="comparison-keywords" />
    </section>
  );
}
