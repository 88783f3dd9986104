import type { HighlightSegment } from '@/lib/workspace/highlight';

/** The resume text with the job's skills marked; every piece is React text, so nothing in a resume is ever HTML. */
export function HighlightedResume({
  segments,
  labelledBy,
}: {
  segments: HighlightSegment[];
  labelledBy: string;
}) {
  const marked = segments.filter((s) => s.skill);
  const skills = [...new Set(marked.map((s) => s.skill!))];
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {marked.length
          ? `${marked.length} mentions of ${skills.length} of the job’s skills are highlighted: ${skills.join(', ')}.`
          : 'None of the job’s skills is named in the resume.'}
      </p>
      <pre
        tabIndex={0}
        aria-labelledby={labelledBy}
        className="max-h-[40rem] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-4 font-sans text-sm whitespace-pre-wrap text-slate-800"
      >
        {segments.map((s, i) =>
          s.skill ? (
            <mark
              key={i}
              className="rounded bg-amber-200 px-0.5 text-slate-900"
              title={s.via ? `${s.skill} (implied by ${s.via})` : s.skill}
            >
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </pre>
    </div>
  );
}
