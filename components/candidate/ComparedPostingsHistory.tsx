'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { EMPTY_REMOVE_COMPARISON, type RemoveComparisonAction } from './form-state';

export interface HistoryRow {
  id: number;
  title: string;
  score: number;
  /** ISO time, for <time dateTime>. */
  at: string;
  /** The date as shown, formatted on the server so both renders agree. */
  dateLabel: string;
}

/**
 * The postings compared under this link, newest first: each opens its report again and can be removed. After a
 * removal the keyboard lands on the heading and the sentence is announced.
 */
export function ComparedPostingsHistory({
  token,
  rows,
  limit,
  action,
}: {
  token: string;
  rows: HistoryRow[];
  limit: number;
  action: RemoveComparisonAction;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_REMOVE_COMPARISON);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.seq > 0) headingRef.current?.focus();
  }, [state.seq]);

  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Postings you compared
      </h2>
      <p role="status" aria-live="polite" className="text-sm text-slate-700 empty:hidden">
        {state.message}
      </p>
      {state.error ? (
        <Alert tone="error" role="alert">
          {state.error}
        </Alert>
      ) : null}
      {rows.length ? (
        <>
          <p className="text-sm text-slate-700">
            Kept under your private link only, newest first (the {limit} most recent). Open one to see its
            report again, scored against your resume as it is now.
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <Link
                    href={`/candidate/r/${token}/compare/${row.id}`}
                    className="font-medium break-words text-blue-800 underline underline-offset-2 hover:text-blue-900"
                  >
                    {row.title}
                  </Link>
                  <p className="text-sm text-slate-700">
                    <span className="font-semibold tabular-nums">{row.score}/100</span> ·{' '}
                    <time dateTime={row.at}>{row.dateLabel}</time>
                  </p>
                </div>
                <form action={formAction}>
                  <input type="hidden" name="id" value={row.id} />
                  <Button type="submit" variant="secondary" disabled={pending}>
                    Remove<span className="sr-only"> {row.title}</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-slate-700">
          None yet. Each posting you compare is kept here, under your private link only, so you can open its
          report again.
        </p>
      )}
    </section>
  );
}
