'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { PreviewSkill } from '@/lib/candidate/skill-preview';
import { Button } from '@/components/ui/Button';
import { EMPTY_CORRECTION, type CorrectionAction } from './form-state';

interface SkillEditorProps {
  skills: readonly PreviewSkill[];
  removed: readonly string[];
  action: CorrectionAction;
}

/**
 * The skills found, each removable, with the ones the candidate removed (undoable) and a field to add one. Every
 * change rescores the jobs on the server; the result is announced, and the keyboard lands somewhere that still exists.
 * An added skill is the candidate's claim: recruiters see it marked as one, and scores count only what the resume shows.
 */
export function SkillEditor({ skills, removed, action }: SkillEditorProps) {
  const [state, formAction, pending] = useActionState(action, EMPTY_CORRECTION);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const found = skills.filter((s) => s.source === 'found').length;
  const added = skills.length - found;

  // A removed chip takes its button with it, so focus goes back to the heading; adding keeps the keyboard in the field.
  useEffect(() => {
    if (state.seq === 0) return;
    if (state.op === 'add') inputRef.current?.focus();
    else headingRef.current?.focus();
  }, [state.seq, state.op]);

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 id="found-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          Skills found ({skills.length})
        </h2>
        <p className="text-sm text-slate-700">
          {found} read from your resume{added ? `, ${added} added by you` : ''}. Remove any that were found by
          mistake, and your job scores update. Add any that were missed: recruiters see what you add as your
          claim, and it raises your scores once your resume shows it.
        </p>
      </div>

      {skills.length ? (
        <ul aria-label="Your skills" className="flex flex-wrap gap-1.5">
          {skills.map((s) => (
            <li key={s.name}>
              <span
                className={`inline-flex items-center gap-1 border py-0.5 pr-0.5 pl-2.5 text-xs leading-5 ${
                  s.source === 'added'
                    ? 'rounded-2xl border-blue-700 bg-blue-50 text-blue-950'
                    : 'rounded-full border-slate-300 bg-slate-50 text-slate-800'
                }`}
              >
                <span>
                  {s.name}
                  {s.source === 'added' ? (
                    <>
                      <span className="font-semibold"> · added by you</span> — recruiters who can see your
                      resume see it as claimed, and it does not raise your score until your resume shows it
                    </>
                  ) : null}
                </span>
                <form action={formAction} className="inline-flex">
                  <input type="hidden" name="op" value="remove" />
                  <input type="hidden" name="skill" value={s.name} />
                  <button
                    type="submit"
                    disabled={pending}
                    aria-label={`Remove ${s.name}`}
                    title={s.evidence ? `Found in: ${s.evidence}` : undefined}
                    className="inline-flex h-6 w-6 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900 disabled:opacity-50 print:hidden"
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </form>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">
          No skills from the taxonomy were found in this resume. Add the ones you have below.
        </p>
      )}

      {removed.length ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">Removed by you</h3>
          <ul className="flex flex-wrap gap-2">
            {removed.map((name) => (
              <li key={name}>
                <form
                  action={formAction}
                  className="inline-flex items-center gap-2 rounded-full border border-dashed border-slate-400 py-0.5 pr-1 pl-2.5 text-xs"
                >
                  <span className="text-slate-700 line-through decoration-slate-500">{name}</span>
                  <input type="hidden" name="op" value="add" />
                  <input type="hidden" name="skill" value={name} />
                  <button
                    type="submit"
                    disabled={pending}
                    className="rounded-full px-2 py-0.5 font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-900 disabled:opacity-50"
                  >
                    Undo<span className="sr-only"> removing {name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <form action={formAction} className="flex flex-wrap items-end gap-2 print:hidden" noValidate>
        <input type="hidden" name="op" value="add" />
        <div className="min-w-0 flex-1 space-y-1 sm:max-w-xs">
          <label htmlFor="add-skill" className="block text-sm font-semibold">
            Add a skill
          </label>
          <input
            key={state.seq}
            ref={inputRef}
            id="add-skill"
            name="skill"
            type="text"
            required
            maxLength={60}
            autoComplete="off"
            defaultValue={state.error && state.op === 'add' ? state.value : ''}
            aria-invalid={state.error && state.op === 'add' ? true : undefined}
            aria-describedby="add-skill-hint"
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
          />
        </div>
        <Button type="submit" disabled={pending}>
          Add
        </Button>
        <p id="add-skill-hint" className="basis-full text-xs text-slate-600">
          Use the name a posting would use, for example Kubernetes or MLflow (k8s and similar short forms are
          understood).
        </p>
      </form>

      <div aria-live="polite" role="status" className="text-sm">
        {pending ? (
          <p className="text-slate-700">Updating your skills and rescoring every job…</p>
        ) : state.message ? (
          <p className="font-medium text-emerald-800">{state.message}</p>
        ) : null}
      </div>
      {state.error && !pending ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          <span aria-hidden="true">✕ </span>
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
