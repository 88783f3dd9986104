import Link from 'next/link';

/** A private link that opens nothing: most often the resume was deleted, which is for good. */
export default function ResumeLinkNotFound() {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-2xl font-bold">This resume is gone</h1>
      <p className="text-slate-700">
        This private link no longer opens a resume: it was deleted, with its text, skills and scores, or the
        link is incomplete. Deleted resumes cannot be brought back.
      </p>
      <p>
        <Link href="/candidate" className="font-semibold text-blue-700 underline underline-offset-2">
          Upload a resume
        </Link>
      </p>
    </div>
  );
}
