import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names so that a caller's classes override the component's own ("p-0" over "p-4"), whatever order
 * Tailwind happens to emit them in: conflicting utilities are resolved by tailwind-merge, the last one winning.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
