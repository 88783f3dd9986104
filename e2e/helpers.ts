import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The chips listed under a skill group ("Matched", "Missing required", ...) inside a match card or detail. */
export function skillGroup(scope: Locator | Page, label: string): Locator {
  return scope.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
}
