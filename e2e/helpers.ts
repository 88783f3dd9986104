import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

export const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

/** The chips listed under a skill group ("Matched", "Missing required", ...) inside a match card or detail. */
export function skillGroup(scope: Locator | Page, label: string): Locator {
  return scope.locator('dl > div', { has: scope.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}
