import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * A native <progress> (so assistive technology and tests read its value) drawn like the rest of the app: a rounded
 * slate track with a blue fill, instead of each browser's own grey and green.
 */
const TRACK =
  'block w-full appearance-none overflow-hidden rounded-full border-0 bg-slate-200 ' +
  '[&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:rounded-full ' +
  '[&::-webkit-progress-value]:bg-blue-700 [&::-webkit-progress-value]:transition-[width] ' +
  '[&::-moz-progress-bar]:rounded-full [&::-moz-progress-bar]:bg-blue-700';

const HEIGHT = { sm: 'h-2', md: 'h-3' } as const;

export function ProgressBar({
  size = 'md',
  className = '',
  ...props
}: ComponentProps<'progress'> & { size?: 'sm' | 'md' }) {
  return <progress className={cn(TRACK, HEIGHT[size], className)} {...props} />;
}

/**
 * Work under way whose end cannot be told (reading a file, analysing a resume): the same track with a blue segment
 * sliding along it (globals.css `.progress-sweep`; still, at the track's start, for those who ask for less motion).
 * A progressbar with no value, which assistive technology reads as busy. A native <progress> without a value is
 * drawn by each browser in its own way, which is what ProgressBar exists to avoid.
 */
export function BusyBar({
  label,
  size = 'sm',
  className = '',
}: {
  label: string;
  size?: 'sm' | 'md';
  className?: string;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      className={cn('relative overflow-hidden rounded-full bg-slate-200', HEIGHT[size], className)}
    >
      <span className="progress-sweep absolute inset-y-0 left-0 w-1/3 rounded-full bg-blue-700" />
    </div>
  );
}
