'use client';

import { useActionState } from 'react';
import { SubmitRow } from '@/components/ui/SubmitRow';
import { MAX_NOTES_CHARS } from '@/lib/workspace/pipeline';
import type { NoteFormState } from '@/services/notes';

interface AddNoteFormProps {
  jobId: string;
  resumeId: string;
  action: (state: NoteFormState, formData: FormData) => Promise<NoteFormState>;
}

/** Adds a note to the candidate's timeline; the box empties once the note is stored. */
export function AddNoteForm({ jobId, resumeId, action }: AddNoteFormProps) {
  const [state, formAction, pending] = useActionState(action, { error: null, message: null, added: 0 });
  return (
    <form action={formAction} className="space-y-3" aria-label="Add a note">
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="resumeId" value={resumeId} />
      <div className="space-y-1">
        <label htmlFor="note-body" className="block text-sm font-semibold">
          Note
        </label>
        <p id="note-body-hint" className="text-sm text-slate-600">
          Everyone who can see this job reads the timeline below. Each note keeps your email and the time, and
          is never edited or deleted.
        </p>
        <textarea
          id="note-body"
          // A fresh, empty box after each note added.
          key={state.added}
          name="body"
          rows={3}
          required
          maxLength={MAX_NOTES_CHARS}
          aria-describedby="note-body-hint"
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
      </div>
      <SubmitRow label="Add note" pending={pending} state={state} />
    </form>
  );
}
