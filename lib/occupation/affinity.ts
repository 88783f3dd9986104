import type { Occupation } from './classify';

/** Affinity by the number of leading ISCO-08 digits two occupations share (unit, minor, sub-major, major group). */
const BY_SHARED_DIGITS = [0, 0.15, 0.35, 0.6, 0.85];
/** One ESCO occupation inside the other ("accountant" 2411.1 and "financial controller" 2411.1.8). */
const NESTED = 0.95;

/**
 * How related two occupations are, 0..1: 1 for the same ESCO occupation, 0.95 when one is a specialisation of the
 * other, then by the ISCO-08 groups they share: unit group 0.85, minor 0.6, sub-major 0.35, major 0.15, none 0.
 * Null when either is unknown.
 */
export function occupationAffinity(
  a: Pick<Occupation, 'code' | 'isco'> | null,
  b: Pick<Occupation, 'code' | 'isco'> | null,
): number | null {
  if (!a || !b) return null;
  if (a.code === b.code) return 1;
  if (a.code.startsWith(`${b.code}.`) || b.code.startsWith(`${a.code}.`)) return NESTED;
  let shared = 0;
  while (shared < 4 && a.isco[shared] === b.isco[shared]) shared++;
  return BY_SHARED_DIGITS[shared]!;
}
