import type { ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  name: string;
  className: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  /** Prefix of the control's id (`<idPrefix>-<name>`), so two forms on one page never share ids. */
  idPrefix: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Renders the control (input, textarea, select) with the id, name, styling and ARIA wiring it needs. */
  children: (props: FieldControlProps) => ReactNode;
}

/** A labelled form control with its hint and error tied to it for screen readers. */
export function FormField({ idPrefix, name, label, hint, error, children }: FormFieldProps) {
  const id = `${idPrefix}-${name}`;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        className: `block w-full rounded-md border ${error ? 'border-red-700' : 'border-slate-400'} bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500`,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
