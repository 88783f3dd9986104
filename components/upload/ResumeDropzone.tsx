'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { VisibilityChoice } from '@/components/resumes/VisibilityChoice';
import { Alert } from '@/components/ui/Alert';
import { BusyBar } from '@/components/ui/ProgressBar';
import { DEFAULT_CANDIDATE_VISIBILITY, type ResumeVisibility } from '@/lib/candidate/visibility';
import { UploadSteps } from './UploadSteps';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; filename: string }
  | { kind: 'reading'; filename: string }
  | { kind: 'opening'; filename: string }
  | { kind: 'error'; message: string };

/** The POST both sends and reads the file; a local send is near instant, so after this the wait is the reading. */
const READING_AFTER_MS = 300;
const ACCEPT = '.pdf,.docx,.txt,.md';

const MESSAGES: Record<Exclude<Stage['kind'], 'idle' | 'error'>, string> = {
  uploading: 'Uploading…',
  reading: 'Reading your resume…',
  opening: 'Read. Opening your private link…',
};

export function ResumeDropzone({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [visibility, setVisibility] = useState<ResumeVisibility>(DEFAULT_CANDIDATE_VISIBILITY);
  const active = stage.kind === 'idle' || stage.kind === 'error' ? null : stage;
  const busy = active !== null;

  function fail(message: string) {
    setStage({ kind: 'error', message });
    // Let the same file be picked again after fixing it elsewhere.
    if (inputRef.current) inputRef.current.value = '';
  }

  async function upload(file: File) {
    if (file.size > maxBytes) {
      fail(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB. Upload a smaller PDF, DOCX or text file.`,
      );
      return;
    }
    setStage({ kind: 'uploading', filename: file.name });
    const readingTimer = setTimeout(
      () => setStage((s) => (s.kind === 'uploading' ? { kind: 'reading', filename: file.name } : s)),
      READING_AFTER_MS,
    );
    const body = new FormData();
    body.append('file', file);
    body.append('visibility', visibility);
    let res: Response;
    try {
      res = await fetch('/api/resumes', { method: 'POST', body });
    } catch {
      fail('Rolefit could not be reached. Check that the app is still running, then try again.');
      return;
    } finally {
      clearTimeout(readingTimer);
    }
    const payload = (await res.json().catch(() => null)) as {
      id?: string;
      token?: string;
      error?: string;
    } | null;
    if (!res.ok || !payload?.id || !payload.token) {
      fail(payload?.error ?? `The upload failed (HTTP ${res.status}). Try again, or try another file.`);
      return;
    }
    // The private link is the only way back to the results, so the candidate is given it the moment the resume is
    // stored: the analysis carries on there, and a reload or a closed tab no longer loses it.
    setStage({ kind: 'opening', filename: file.name });
    router.push(`/candidate/r/${payload.token}`);
  }

  function onChange(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) void upload(file);
  }

  function onDragOver(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    if (!busy) setDragging(true);
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) void upload(file);
  }

  return (
    <div className="space-y-4">
      {/* Asked before the file is picked: picking it uploads it. */}
      <div className="rounded-lg border border-slate-200 p-4">
        <VisibilityChoice value={visibility} onChange={setVisibility} disabled={busy} />
        <p className="mt-2 text-sm text-slate-700">You can change this later from your private link.</p>
      </div>
      <div
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-xl border-2 border-dashed px-4 py-8 text-center transition-colors sm:px-10 sm:py-12 ${
          dragging ? 'border-blue-700 bg-blue-50' : 'border-slate-400 bg-slate-50'
        }`}
      >
        <label htmlFor={inputId} className="block text-lg font-semibold">
          Upload your resume
        </label>
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-700">
          Drag and drop a file here, or choose one. PDF, DOCX, TXT or Markdown, up to{' '}
          {Math.round(maxBytes / 1024 / 1024)} MB.
        </p>
        <input
          ref={inputRef}
          id={inputId}
          name="file"
          type="file"
          accept={ACCEPT}
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          onChange={onChange}
          className="mx-auto mt-5 block w-full max-w-sm cursor-pointer rounded-md text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-blue-700 file:px-4 file:py-2 file:font-semibold file:text-white hover:file:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-60"
        />
      </div>

      <div role="status" aria-live="polite">
        {active ? (
          <div className="space-y-3 rounded-lg border border-slate-200 p-4">
            <p className="font-semibold">{MESSAGES[active.kind]}</p>
            <p className="text-sm break-all text-slate-700">{active.filename}</p>
            {/* Once read, the matching step continues on the private link's page. */}
            <UploadSteps current={active.kind === 'opening' ? 'matching' : active.kind} />
            <BusyBar label={MESSAGES[active.kind]} />
          </div>
        ) : null}
      </div>

      {stage.kind === 'error' ? (
        <Alert tone="error" role="alert">
          <p>{stage.message}</p>
          <p className="mt-1">Choose another file above to try again.</p>
        </Alert>
      ) : null}
    </div>
  );
}
