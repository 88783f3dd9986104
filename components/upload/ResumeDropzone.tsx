'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { Alert } from '@/components/ui/Alert';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; filename: string }
  | { kind: 'reading'; filename: string }
  | { kind: 'matching'; filename: string; id: string; token: string }
  | { kind: 'done'; filename: string; id: string; token: string }
  | { kind: 'error'; message: string };

const POLL_MS = 700;
/** The POST both sends and reads the file; a local send is near instant, so after this the wait is the reading. */
const READING_AFTER_MS = 300;
const SLOW_AFTER_MS = 15_000;
const MAX_POLL_FAILURES = 10;
const ACCEPT = '.pdf,.docx,.txt,.md';

const STEPS = [
  { key: 'uploading', label: 'Upload' },
  { key: 'reading', label: 'Read' },
  // Skills are found and jobs scored in one background pass, so they share a step rather than fake a boundary.
  { key: 'matching', label: 'Find skills and match' },
] as const;

const MESSAGES: Record<'uploading' | 'reading' | 'matching' | 'done', string> = {
  uploading: 'Uploading…',
  reading: 'Reading your resume…',
  matching: 'Finding skills and matching jobs…',
  done: 'Done. Opening your matches…',
};

export function ResumeDropzone({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [slow, setSlow] = useState(false);
  const active = stage.kind === 'idle' || stage.kind === 'error' ? null : stage;
  const busy = active !== null;
  const matching = stage.kind === 'matching' ? { id: stage.id, token: stage.token } : null;
  const matchingId = matching?.id ?? null;
  const matchingToken = matching?.token ?? null;

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
    setSlow(false);
    setStage({ kind: 'uploading', filename: file.name });
    const readingTimer = setTimeout(
      () => setStage((s) => (s.kind === 'uploading' ? { kind: 'reading', filename: file.name } : s)),
      READING_AFTER_MS,
    );
    const body = new FormData();
    body.append('file', file);
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
    setStage({ kind: 'matching', filename: file.name, id: payload.id, token: payload.token });
  }

  useEffect(() => {
    if (!matchingId || !matchingToken) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const started = Date.now();

    const poll = async () => {
      try {
        const res = await fetch(`/api/resumes/${matchingId}`, {
          cache: 'no-store',
          headers: { authorization: `Bearer ${matchingToken}` },
        });
        const data = (await res.json().catch(() => null)) as {
          status?: string;
          error?: string | null;
        } | null;
        if (cancelled) return;
        if (!res.ok && res.status < 500) {
          fail(data?.error ?? `Checking on the resume failed (HTTP ${res.status}). Upload it again.`);
          return;
        }
        if (res.ok) failures = 0;
        else failures += 1;
        if (data?.status === 'ready') {
          setStage((s) => (s.kind === 'matching' ? { ...s, kind: 'done' } : s));
          router.push(`/candidate/r/${matchingToken}`);
          return;
        }
        if (data?.status === 'failed') {
          fail(
            data.error ||
              'We could not analyse this resume. Try uploading it again, or as a DOCX or text file.',
          );
          return;
        }
      } catch {
        failures += 1;
      }
      if (cancelled) return;
      if (failures >= MAX_POLL_FAILURES) {
        fail(
          'Lost contact with Rolefit while matching. Check that the app is still running, then open your results again.',
        );
        return;
      }
      if (Date.now() - started > SLOW_AFTER_MS) setSlow(true);
      timer = setTimeout(poll, POLL_MS);
    };

    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [matchingId, matchingToken, router]);

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

  const stepIndex = !active
    ? -1
    : active.kind === 'done'
      ? STEPS.length
      : STEPS.findIndex((s) => s.key === active.kind);

  return (
    <div className="space-y-4">
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
            <ol className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Progress">
              {STEPS.map((step, i) => {
                const state = i < stepIndex ? 'done' : i === stepIndex ? 'current' : 'todo';
                return (
                  <li
                    key={step.key}
                    aria-current={state === 'current' ? 'step' : undefined}
                    className={state === 'todo' ? 'text-slate-600' : 'font-semibold'}
                  >
                    <span aria-hidden="true">
                      {state === 'done' ? '✓ ' : state === 'current' ? '● ' : '○ '}
                    </span>
                    {step.label}
                    <span className="sr-only">
                      {state === 'done' ? ' (done)' : state === 'current' ? ' (in progress)' : ''}
                    </span>
                  </li>
                );
              })}
            </ol>
            <progress className="h-2 w-full accent-blue-700" aria-label={MESSAGES[active.kind]} />
            {slow && active.kind === 'matching' ? (
              <p className="text-sm text-slate-700">
                The first analysis loads the language model, which can take up to a minute. You can wait here
                or{' '}
                <Link
                  href={`/candidate/r/${active.token}`}
                  className="font-semibold text-blue-700 underline underline-offset-2"
                >
                  open the results page
                </Link>
                , which updates by itself.
              </p>
            ) : null}
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
