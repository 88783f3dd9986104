import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700">
        This job, resume or match does not exist, or it was removed. Check the link, or start again from one
        of these pages:
      </p>
      <ul className="list-inside list-disc text-blue-700">
        <li>
          <Link href="/candidate" className="underline-offset-2 hover:underline">
            Upload a resume
          </Link>
        </li>
        <li>
          <Link href="/recruiter/jobs" className="underline-offset-2 hover:underline">
            See all jobs
          </Link>
        </li>
      </ul>
    </div>
  );
}
