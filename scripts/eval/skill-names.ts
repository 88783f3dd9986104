import { findSkill } from '../../lib/skills';

/** A name compared loosely: lower case, without spaces and punctuation ("Node.js" = "node js"); + and # count. */
export function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
}

/** The loose key of the taxonomy's canonical name when the taxonomy knows the name or an alias of it. */
export function canonicalKey(name: string): string {
  return looseKey(findSkill(name)?.name ?? name);
}
