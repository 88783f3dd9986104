import type { ReactNode } from 'react';

type Tone = 'info' | 'warning' | 'error';

const TONES: Record<Tone, string> = {
  info: 'border-blue-300 bg-blue-50 text-blue-950',
  warning: 'border-amber-400 bg-amber-50 text-amber-950',
  error: 'border-red-400 bg-red-50 text-red-900',
};

interface AlertProps {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  /** "alert" for errors the user just caused; leave unset for notes already on the page when it loads. */
  role?: 'alert' | 'status';
}

export function Alert({ tone = 'info', title, children, role }: AlertProps) {
  return (
    <div role={role} className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? 'mt-1' : ''}>{children}</div> : null}
    </div>
  );
}
