import type { ReactNode } from 'react';

const LABEL_WIDTH = { narrow: 'sm:grid-cols-[10rem_1fr]', wide: 'sm:grid-cols-[14rem_1fr]' } as const;

/** One labelled fact in a <dl>: the label above its value on a phone, beside it from the small breakpoint on. */
export function Fact({
  label,
  children,
  labelWidth = 'narrow',
}: {
  label: string;
  children: ReactNode;
  labelWidth?: keyof typeof LABEL_WIDTH;
}) {
  return (
    <div className={`grid gap-0.5 sm:gap-6 ${LABEL_WIDTH[labelWidth]}`}>
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}
