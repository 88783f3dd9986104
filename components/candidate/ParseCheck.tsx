import type { CheckStatus, ParseCheckItem } from '@/lib/candidate/parse-check';
import { Badge, type BadgeTone } from '@/components/ui/Chip';
import { Fold } from '@/components/ui/Fold';

const STATUS: Record<CheckStatus, { label: string; tone: BadgeTone; icon: string }> = {
  pass: { label: 'Looks fine', tone: 'success', icon: '✓' },
  warn: { label: 'Worth a look', tone: 'warning', icon: '!' },
  fail: { label: 'Fix this', tone: 'danger', icon: '✕' },
};

/**
 * What an applicant-tracking parser would read from the resume: each check with what it found and what to do. Opens
 * by itself when something needs fixing.
 */
export function ParseCheck({ items }: { items: ParseCheckItem[] }) {
  const failing = items.filter((i) => i.status === 'fail');
  const warning = items.filter((i) => i.status === 'warn');
  const summary = items.map((i) => `${i.title}: ${STATUS[i.status].label.toLowerCase()}`).join(' · ');
  return (
    <Fold
      id="parse-check-heading"
      title="Parse check"
      defaultOpen={failing.length > 0}
      hint={
        <>
          How an applicant-tracking system would read your resume.{' '}
          {failing.length || warning.length
            ? `${items.length - failing.length - warning.length} of ${items.length} checks look fine. `
            : 'Every check looks fine. '}
          <span className="text-slate-700">{summary}.</span>
        </>
      }
    >
      <ul className="grid grid-cols-[minmax(0,1fr)] gap-3 md:grid-cols-2">
        {items.map((item) => {
          const status = STATUS[item.status];
          return (
            <li key={item.id} className="min-w-0 space-y-2 rounded-lg border border-slate-200 p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`parse-${item.id}`} className="font-semibold">
                  {item.title}
                </h3>
                <Badge tone={status.tone}>
                  <span aria-hidden="true" className="mr-1">
                    {status.icon}
                  </span>
                  {status.label}
                </Badge>
              </div>
              <ul className="space-y-1 text-sm [overflow-wrap:anywhere] text-slate-800">
                {item.found.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
              {item.lines?.length ? (
                <ul aria-label="Lines with dates that could not be read" className="space-y-1 text-sm">
                  {item.lines.map((line) => (
                    <li key={line} className="border-l-4 border-amber-500 bg-slate-50 px-2 py-1 break-words">
                      {line}
                    </li>
                  ))}
                </ul>
              ) : null}
              {item.advice ? (
                <p className="text-sm text-slate-800">
                  <span className="font-semibold">What to do: </span>
                  {item.advice}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Fold>
  );
}
