'use client';

import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { buttonClasses } from '@/components/ui/Button';
import { ProgressBar } from '@/components/ui/ProgressBar';

type Phase =
  | 'queued'
  | 'uploading'
  | 'reading'
  | 'unpacking'
  | 'unpacked'
  | 'analysing'
  | 'ranked'
  | 'duplicate'
  | 'error';

interface Item {
  key: string;
  name: string;
  phase: Phase;
  /** Share of the file sent, while uploading. */
  sent: number;
  message?: string;
  resumeId?: string;
  /** A zip: its files become items of their own once the server has opened it. */
  archive?: boolean;
  /** The zip an entry came from. */
  parent?: string;
}

type ServerEvent =
  | { type: 'archive'; entries: { index: number; name: string }[] }
  | {
      type: 'result';
      index: number;
      name: string;
      outcome: 'added' | 'duplicate' | 'error';
      message: string;
      resumeId?: string;
    }
  | { type: 'done' }
  | { type: 'failed'; error: string };

const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,.zip';
/** Files sent at once: enough to keep the server's two readers busy, few enough to show progress file by file. */
const CONCURRENCY = 3;
const POLL_MS = 1000;
const FINAL: readonly Phase[] = ['ranked', 'duplicate', 'error', 'unpacked'];
/** Phases of a file the server has not answered for yet: leaving the page now would lose it, or its outcome. */
const IN_FLIGHT: readonly Phase[] = ['queued', 'uploading', 'reading', 'unpacking'];
const LEAVE_WARNING =
  'Some files have not been uploaded yet. If you leave now, the ones not yet sent are not stored; you can send the batch again later, and only the missing files will be added. Leave anyway?';

const PHASE_TEXT: Record<Phase, string> = {
  queued: 'Waiting',
  uploading: 'Uploading',
  reading: 'Reading',
  unpacking: 'Unpacking',
  unpacked: 'Unpacked',
  analysing: 'Analysing and ranking',
  ranked: 'Ranked',
  duplicate: 'Already uploaded',
  error: 'Could not be used',
};

function percentOf(item: Item): number {
  switch (item.phase) {
    case 'queued':
      return 0;
    case 'uploading':
      return Math.round((item.archive ? 90 : 40) * item.sent);
    case 'reading':
    case 'unpacking':
      return item.archive ? 95 : 50;
    case 'analysing':
      return 75;
    default:
      return 100;
  }
}

const isZip = (file: File) => /\.zip$/i.test(file.name);

/**
 * While `active`, leaving the page asks first: closing or reloading it through the browser's own dialog, and following
 * a link inside the app (a client-side navigation, which the browser does not ask about) through a confirm.
 */
function useLeaveWarning(active: boolean, message: string): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when a return value is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download'))
        return;
      const to = new URL(link.href, window.location.href);
      const here = window.location;
      // Another site unloads the page, which beforeunload covers; a link within the page leaves nothing.
      if (to.origin !== here.origin || (to.pathname === here.pathname && to.search === here.search)) return;
      if (window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // Capturing on window runs before the router's own click handling, so a "stay" stops the navigation.
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
    };
  }, [active, message]);
}

interface BulkUploadProps {
  jobId: string;
  jobTitle: string;
  maxFileBytes: number;
  maxArchiveBytes: number;
}

export function BulkUpload({ jobId, jobTitle, maxFileBytes, maxArchiveBytes }: BulkUploadProps) {
  const inputId = useId();
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const files = useRef(new Map<string, File>());
  const active = useRef(0);
  const counter = useRef(0);
  const started = useRef(new Set<string>());
  const waitingIds = useRef<string[]>([]);

  const update = useCallback((key: string, change: Partial<Item> | ((item: Item) => Partial<Item>)) => {
    setItems((all) =>
      all.map((it) =>
        it.key === key ? { ...it, ...(typeof change === 'function' ? change(it) : change) } : it,
      ),
    );
  }, []);

  const handleEvent = useCallback(
    (key: string, event: ServerEvent) => {
      if (event.type === 'archive') {
        setItems((all) => {
          const at = all.findIndex((it) => it.key === key);
          const entries: Item[] = event.entries.map((e) => ({
            key: `${key}:${e.index}`,
            name: e.name,
            phase: 'reading',
            sent: 1,
            parent: key,
          }));
          const next = all.map((it) =>
            it.key === key
              ? {
                  ...it,
                  phase: 'unpacked' as const,
                  message: `${event.entries.length} files in it, listed below.`,
                }
              : it,
          );
          next.splice(at + 1, 0, ...entries);
          return next;
        });
      } else if (event.type === 'result') {
        const target =
          files.current.get(key) && !isZip(files.current.get(key)!) ? key : `${key}:${event.index}`;
        if (event.outcome === 'added')
          update(target, { phase: 'analysing', resumeId: event.resumeId, message: undefined });
        else update(target, { phase: event.outcome, resumeId: event.resumeId, message: event.message });
      } else if (event.type === 'failed') {
        setItems((all) =>
          all.map((it) =>
            it.key === key || (it.parent === key && !FINAL.includes(it.phase) && it.phase !== 'analysing')
              ? {
                  ...it,
                  phase: 'error',
                  message: it.key === key ? event.error : 'Not stored: the upload stopped before this file.',
                }
              : it,
          ),
        );
      }
    },
    [update],
  );

  const send = useCallback(
    (key: string, file: File) =>
      new Promise<void>((resolve) => {
        const xhr = new XMLHttpRequest();
        let read = 0;
        const drain = (final: boolean) => {
          const text = xhr.responseText;
          let newline = text.indexOf('\n', read);
          while (newline !== -1) {
            const line = text.slice(read, newline).trim();
            read = newline + 1;
            if (line) {
              try {
                handleEvent(key, JSON.parse(line) as ServerEvent);
              } catch {
                // A line that is not JSON is not ours to show.
              }
            }
            newline = text.indexOf('\n', read);
          }
          if (final && read < text.length && text.slice(read).trim())
            handleEvent(key, JSON.parse(text.slice(read)) as ServerEvent);
        };
        xhr.open('POST', `/api/jobs/${encodeURIComponent(jobId)}/uploads`);
        xhr.upload.onprogress = (e) => {
          if (e.lengthComputable) update(key, { sent: e.loaded / e.total });
        };
        xhr.upload.onload = () => update(key, { phase: isZip(file) ? 'unpacking' : 'reading', sent: 1 });
        xhr.onprogress = () => {
          if (xhr.status === 200) drain(false);
        };
        xhr.onload = () => {
          if (xhr.status === 200) {
            drain(true);
            // A file the server never reported on (a dropped connection) must not wait for ever.
            update(key, (it) =>
              it.phase === 'reading' || it.phase === 'unpacking'
                ? { phase: 'error', message: 'No answer for this file. Upload it again.' }
                : {},
            );
          } else {
            let message = `The upload failed (HTTP ${xhr.status}). Upload it again.`;
            try {
              message = (JSON.parse(xhr.responseText) as { error?: string }).error ?? message;
            } catch {
              // keep the generic sentence
            }
            update(key, { phase: 'error', message });
          }
          resolve();
        };
        xhr.onerror = () => {
          update(key, {
            phase: 'error',
            message:
              'Rolefit could not be reached. Check that it is still running, then upload the file again.',
          });
          resolve();
        };
        const body = new FormData();
        body.append('file', file);
        update(key, { phase: 'uploading', sent: 0 });
        xhr.send(body);
      }),
    [handleEvent, jobId, update],
  );

  // Sends queued files, a few at a time, in the order they were added.
  useEffect(() => {
    const queued = items.filter(
      (it) => it.phase === 'queued' && files.current.has(it.key) && !started.current.has(it.key),
    );
    for (const item of queued.slice(0, Math.max(0, CONCURRENCY - active.current))) {
      const file = files.current.get(item.key)!;
      started.current.add(item.key);
      active.current += 1;
      void send(item.key, file).finally(() => {
        active.current -= 1;
        files.current.delete(item.key);
        setItems((all) => [...all]);
      });
    }
  }, [items, send]);

  // Follows stored resumes until they are analysed and ranked, polling once a second while any is waiting.
  const waiting = items.filter((it) => it.phase === 'analysing' && it.resumeId).map((it) => it.resumeId!);
  const polling = waiting.length > 0;
  useEffect(() => {
    waitingIds.current = waiting;
  });
  useEffect(() => {
    if (!polling) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      const ids = waitingIds.current;
      try {
        for (let i = 0; i < ids.length && !stopped; i += 200) {
          const res = await fetch(
            `/api/jobs/${encodeURIComponent(jobId)}/uploads?ids=${ids.slice(i, i + 200).join(',')}`,
            { cache: 'no-store' },
          );
          if (!res.ok) continue;
          const { resumes } = (await res.json()) as {
            resumes: { id: string; status: string; error: string | null }[];
          };
          const byId = new Map(resumes.map((r) => [r.id, r]));
          setItems((all) =>
            all.map((it) => {
              const r = it.phase === 'analysing' && it.resumeId ? byId.get(it.resumeId) : undefined;
              if (r?.status === 'ready') return { ...it, phase: 'ranked' };
              if (r?.status === 'failed')
                return {
                  ...it,
                  phase: 'error',
                  message:
                    r.error ??
                    'The resume could not be analysed. Upload it again, or as a DOCX or text file.',
                };
              return it;
            }),
          );
        }
      } catch {
        // The next tick tries again.
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [polling, jobId]);

  function add(list: FileList | null) {
    if (!list?.length) return;
    const added: Item[] = [];
    for (const file of Array.from(list)) {
      const key = `f${counter.current++}`;
      const limit = isZip(file) ? maxArchiveBytes : maxFileBytes;
      if (file.size > limit) {
        added.push({
          key,
          name: file.name,
          phase: 'error',
          sent: 0,
          message: `${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${Math.round(limit / 1024 / 1024)} MB${isZip(file) ? ' for a zip. Split it into smaller zips.' : '. Upload a smaller file.'}`,
        });
        continue;
      }
      files.current.set(key, file);
      added.push({ key, name: file.name, phase: 'queued', sent: 0, archive: isZip(file) });
    }
    setAnnouncement(`Uploading ${added.length === 1 ? '1 file' : `${added.length} files`}…`);
    setItems((all) => [...all, ...added]);
  }

  function onChange(e: ChangeEvent<HTMLInputElement>) {
    add(e.target.files);
    e.target.value = '';
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    add(e.dataTransfer.files);
  }

  const resumes = items.filter((it) => !it.archive);
  const pendingArchives = items.filter(
    (it) => it.archive && it.phase !== 'unpacked' && it.phase !== 'error',
  ).length;
  const total = resumes.length + pendingArchives;
  const done = resumes.filter((it) => FINAL.includes(it.phase));
  const counts = {
    ranked: done.filter((it) => it.phase === 'ranked').length,
    duplicate: done.filter((it) => it.phase === 'duplicate').length,
    error:
      done.filter((it) => it.phase === 'error').length +
      items.filter((it) => it.archive && it.phase === 'error').length,
  };
  const finished = items.length > 0 && done.length === resumes.length && pendingArchives === 0;
  const summary = `${counts.ranked} ranked, ${counts.duplicate} already uploaded, ${counts.error} could not be used`;
  const inFlight = items.some((it) => IN_FLIGHT.includes(it.phase));
  useLeaveWarning(inFlight, LEAVE_WARNING);

  useEffect(() => {
    if (finished) setAnnouncement(`All files are done: ${summary}.`);
  }, [finished, summary]);

  return (
    <div className="space-y-6">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-lg border-2 border-dashed p-6 text-center transition-colors ${dragging ? 'border-blue-700 bg-blue-50' : 'border-slate-300 bg-slate-50'}`}
      >
        <label htmlFor={inputId} className="block text-lg font-semibold">
          Resumes or a .zip of resumes
        </label>
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-700">
          Drop files here or choose them: PDF, DOCX, TXT or Markdown, up to{' '}
          {Math.round(maxFileBytes / 1024 / 1024)} MB each, or one .zip of them up to{' '}
          {Math.round(maxArchiveBytes / 1024 / 1024)} MB. Each is added to {jobTitle}; a resume already stored
          (the same file, or the same email address) is reported and not stored twice.
        </p>
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          onChange={onChange}
          aria-describedby={`${inputId}-hint`}
          className="mx-auto mt-4 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-blue-700 file:px-4 file:py-2 file:font-semibold file:text-white hover:file:bg-blue-800"
        />
      </div>

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {items.length ? (
        <section aria-labelledby="bulk-progress-heading" className="space-y-4">
          <h2 id="bulk-progress-heading" className="text-xl font-semibold">
            Progress
          </h2>
          <div className="space-y-1">
            <div className="flex flex-wrap justify-between gap-2 text-sm">
              <span id="overall-label" className="font-semibold">
                Overall
              </span>
              <span className="tabular-nums text-slate-700">
                {done.length} of {total} files done · {summary}
              </span>
            </div>
            <ProgressBar
              aria-labelledby="overall-label"
              aria-valuetext={`${done.length} of ${total} files done`}
              max={Math.max(1, total)}
              value={done.length}
            />
          </div>
          {inFlight ? (
            <p className="text-sm text-slate-700">
              Keep this page open until every file is sent. Files the server has received are stored and
              ranked even if you leave.
            </p>
          ) : null}
          {finished ? (
            <div className="flex flex-wrap items-center gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
              <p className="font-semibold">All files are done: {summary}.</p>
              <Link href={`/recruiter/jobs/${jobId}`} className={buttonClasses('primary')}>
                See the ranked candidates
              </Link>
            </div>
          ) : null}
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Files">
            {items.map((it) => {
              const pct = percentOf(it);
              return (
                <li
                  key={it.key}
                  className={`grid gap-1 px-3 py-2 sm:grid-cols-[minmax(0,16rem)_8rem_1fr] sm:items-center sm:gap-3 ${it.parent ? 'sm:pl-8' : ''}`}
                >
                  <span className="text-sm font-medium [overflow-wrap:anywhere]">{it.name}</span>
                  <ProgressBar
                    aria-label={it.name}
                    aria-valuetext={`${PHASE_TEXT[it.phase]}, ${pct}%`}
                    max={100}
                    value={pct}
                    size="sm"
                  />
                  <span
                    className={`text-sm ${it.phase === 'error' ? 'font-semibold text-red-800' : it.phase === 'duplicate' ? 'text-amber-900' : 'text-slate-700'}`}
                  >
                    <span className="font-semibold">{PHASE_TEXT[it.phase]}</span>
                    {it.message ? `: ${it.message.replace(/^Already uploaded: /, '')}` : null}
                    {it.resumeId && (it.phase === 'ranked' || it.phase === 'duplicate') ? (
                      <>
                        {' '}
                        <Link
                          href={`/recruiter/jobs/${jobId}/candidates/${it.resumeId}`}
                          className="text-blue-700 underline underline-offset-2"
                        >
                          Open<span className="sr-only"> {it.name}</span>
                        </Link>
                      </>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
