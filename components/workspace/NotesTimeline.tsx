import type { TimelineNote } from '@/services/notes';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/**
 * The team's notes on a candidate for a job, newest first, each with who wrote it and when (UTC, as the server knows
 * it). There is nothing to edit or delete: a note stays as its author wrote it.
 */
export function NotesTimeline({ notes }: { notes: TimelineNote[] }) {
  if (!notes.length) return <p className="text-sm text-slate-600">No notes yet.</p>;
  return (
    <ol aria-label="Notes, newest first" className="space-y-3 border-l-2 border-slate-200 pl-4">
      {notes.map((note) => (
        <li key={note.id} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full border-2 border-white bg-blue-700"
          />
          <p className="text-xs text-slate-600">
            <span className="font-semibold break-all text-slate-800">{note.authorEmail}</span>
            {note.yours ? ' (you)' : null} ·{' '}
            <time dateTime={note.createdAt.toISOString()}>{WHEN.format(note.createdAt)} UTC</time>
          </p>
          <p className="mt-0.5 text-sm whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]">
            {note.body}
          </p>
        </li>
      ))}
    </ol>
  );
}
