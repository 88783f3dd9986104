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

export function ProgressBar({
  size = 'md',
  className = '',
  ...props
}: ComponentProps<'progress'> & { size?: 'sm' | 'md' }) {
  return <progress className={cn(TRACK, size === 'sm' ? 'h-2' : 'h-3', className)} {...props} />;
}
