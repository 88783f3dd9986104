import Link from 'next/link';
import { Card } from '@/components/ui/Card';

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Match resumes to jobs, and see why.</h1>
        <p className="text-lg text-slate-700">
          Rolefit reads a resume and a job posting, scores how well they fit, and shows the evidence: which
          requirements the resume covers and which skills are missing.
        </p>
        <p className="text-sm text-slate-600">
          Matching runs locally on this machine. No resume or job data leaves it.
        </p>
      </section>

      <ul className="grid gap-4 md:grid-cols-2">
        <PathCard
          href="/candidate"
          title="I'm a candidate: upload your resume"
          body="Upload a PDF, DOCX or text resume and get every open job ranked by fit, with the skills you match and the ones you are missing."
        />
        <PathCard
          href="/recruiter/jobs"
          title="I'm a recruiter: post jobs, rank candidates"
          body="Paste a job description and see uploaded resumes ranked against it, with the requirements each candidate covers."
        />
      </ul>
    </div>
  );
}

function PathCard({ href, title, body }: { href: string; title: string; body: string }) {
  return (
    <Card
      as="li"
      className="relative transition-shadow has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-blue-700 hover:shadow-md"
    >
      <h2 className="text-lg font-semibold">
        {/* The link's box covers the card, so the whole card is one click target and one tab stop. */}
        <Link
          href={href}
          className="text-blue-700 underline-offset-2 after:absolute after:inset-0 hover:underline focus-visible:outline-none"
        >
          {title}
        </Link>
      </h2>
      <p className="mt-2 text-slate-700">{body}</p>
    </Card>
  );
}
