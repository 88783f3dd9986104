import { SKILLS } from './taxonomy';

/**
 * Forms the skill matcher reads only in their exact case (Go, R, Spark, "Excel" beside a skill): found
 * case-sensitively, so "go to market" is not Go. Every other phrase is found in any case.
 */
const EXACT_CASE: ReadonlySet<string> = new Set(
  SKILLS.flatMap((s) => [
    ...(s.ambiguous || s.caseSensitive ? [s.name] : []),
    ...(s.contextAliases ?? []),
    ...(s.caseAliases ?? []),
  ]),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An acronym of two capitals ("IT", "HR"): in lower case it is most often another word ("it"). */
const ACRONYM = /^\p{Lu}{2}$/u;

/**
 * A pattern for a skill's phrase as whole words of a text, with word boundaries that hold for "C++", ".NET" and
 * "Node.js" too (no letter or digit on either side) and any spacing between its words. Exact-case forms and acronyms
 * keep their case; `global` for matchAll.
 */
export function phrasePattern(phrase: string, global = false): RegExp {
  const body = escape(phrase.trim()).replace(/\s+/g, '\\s+');
  const exact = EXACT_CASE.has(phrase) || ACRONYM.test(phrase.trim());
  const flags = `${global ? 'g' : ''}${exact ? 'u' : 'iu'}`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}
