import { findSkill } from '../../lib/skills';

/** A name compared loosely: lower case, without spaces and punctuation ("Node.js" = "node js"); + and # count. */
export function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
}

/** The loose key of the taxonomy's canonical name when the taxonomy knows the name or an alias of it. */
export function canonicalKey(name: string): string {
  return looseKey(findSkill(name)?.name ?? name);
}

/** Whether `inner` occurs in `outer` as whole words, ignoring case and punctuation ("SOX" in "SOX controls"). */
export function containsAsWords(outer: string, inner: string): boolean {
  const words = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
      .trim()} `;
  const needle = words(inner);
  return needle.trim().length > 0 && words(outer).includes(needle);
}
