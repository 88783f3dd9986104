import { missingAskCount, type KeywordKind, type KeywordRow } from '@/lib/candidate/keywords';
import { allOf, eitherOf } from '@/lib/match/phrases';
import { Badge } from '@/components/ui/Chip';
import { Fold } from '@/components/ui/Fold';
import { Table, TableScroll, Td, Th } from '@/components/ui/Table';

const KIND: Record<KeywordKind, string> = {
  required: 'Required skill',
  preferred: 'Nice-to-have skill',
  phrase: 'Repeated phrase',
};

/**
 * The posting's terms counted in the posting and in the resume, as an applicant-tracking keyword scan counts them:
 * a term the resume never uses is marked missing, whatever the resume implies.
 */
export function KeywordTable({ rows, idPrefix = 'keywords' }: { rows: KeywordRow[]; idPrefix?: string }) {
  const unused = rows.filter((r) => r.inResume === 0).length;
  // A group of alternatives the resume uses none of is one missing ask, as the gaps count it.
  const missingRequired = missingAskCount(rows, 'required');
  return (
    <Fold
      id={`${idPrefix}-heading`}
      title="Keywords"
      hint={
        rows.length
          ? `${rows.length} terms of the posting; your resume uses ${rows.length - unused} of them${
              missingRequired
                ? ` and misses ${missingRequired} required skill${missingRequired === 1 ? '' : 's'}`
                : ''
            }.`
          : 'The posting names no skills or repeated phrases to count.'
      }
    >
      <p className="text-sm text-slate-700">
        Each term of the posting, counted in the posting and in your resume the way an applicant-tracking
        system counts keywords: case does not matter, whole words only, every way of writing a skill counted
        (“AWS” for Amazon Web Services). Using the posting’s own words for what you have done helps such a
        system find it.
      </p>
      {rows.length ? (
        <TableScroll label="Keywords of the posting">
          <Table>
            <caption className="sr-only">
              Each term of the posting, how often the posting and your resume use it, and whether your resume
              is missing it
            </caption>
            <thead>
              <tr>
                <Th>Term</Th>
                {/* On a phone the kind is a line under the term instead, so the table fits without scrolling. */}
                <Th className="hidden sm:table-cell">Kind</Th>
                <Th className="text-right">In the posting</Th>
                <Th className="text-right">In your resume</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.kind}-${row.term}`}>
                  <Th
                    scope="row"
                    className="bg-white text-sm font-medium tracking-normal text-slate-900 normal-case"
                  >
                    {row.term}
                    <span className="block text-xs font-normal text-slate-700 sm:hidden">
                      {KIND[row.kind]}
                    </span>
                    {row.phrases.length > 1 ? (
                      <span className="block text-xs font-normal text-slate-700">
                        counted as {row.phrases.map((p) => `“${p}”`).join(', ')}
                      </span>
                    ) : null}
                    {row.alternatives?.length ? (
                      <span className="block text-xs font-normal text-slate-700">
                        asked as one of {eitherOf(row.alternatives)}
                      </span>
                    ) : null}
                  </Th>
                  <Td className="hidden text-slate-700 sm:table-cell">{KIND[row.kind]}</Td>
                  <Td className="text-right tabular-nums">{row.inPosting}</Td>
                  <Td className="text-right tabular-nums">
                    {row.usedInstead?.length ? (
                      <span className="text-slate-700">0 · you use {allOf(row.usedInstead)} instead</span>
                    ) : row.missing ? (
                      <Badge tone={row.kind === 'required' ? 'danger' : 'warning'}>
                        <span aria-hidden="true" className="mr-1">
                          ✕{' '}
                        </span>
                        0 · missing
                      </Badge>
                    ) : (
                      row.inResume
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Fold>
  );
}
