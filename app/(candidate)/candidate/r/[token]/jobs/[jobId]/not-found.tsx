import Link from 'next/link';

/** The job closed, never existed, or the resume behind the link was deleted. */
export default function CandidateMatchNotFound() {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-2xl font-bold">This match is no longer here</h1>
      <p className="text-slate-700">
        The job may have closed, or the resume this private link opened was deleted. Go back to your matches
        to see the jobs open now.
      </p>
      <p>
        <Link href=".." className="font-semibold text-blue-700 underline underline-offset-2">
          Your matches
        </Link>
      </p>
    </div>
  );
}
