import { TECHNICAL_CATEGORIES, TRIE, skillAt, type SkillForm, type TrieNode } from './taxonomy';
import { continuesLine } from './lines';
import type { Token } from './tokenize';

/** A place in the text where a form of a skill is written, before context decides whether it stands. */
export interface Candidate {
  skill: number;
  form: SkillForm;
  first: number; // token indexes, inclusive
  last: number;
  start: number; // character offsets
  end: number;
  caseOk: boolean;
  /** Written in capitals though the form is not ("ADA" for Ada): an acronym, not the name. */
  shouted: boolean;
  accepted: boolean;
  /** Forms of other skills written the same way ("EMR": health records or Amazon EMR), chosen between by context. */
  senses: SkillForm[];
}

// Inside a multi-word name only spaces, a hyphen or an apostrophe ("Master's") may separate the words: never a
// bracket, and a line break only where a PDF or a paste wrapped a sentence (see `wrapsName`).
const NAME_GAP = /^[ \t\u00a0\-–_'’ʼ]{0,3}$/;
// A line break with nothing but blanks around it.
const LINE_BREAK_GAP = /^[ \t]*\n[ \t]*$/;

/**
 * "…using human⏎resources management system software": a name the wrap of a sentence split over two lines, where the
 * line goes on in lower case (`continuesLine`). A break before a capital is a new item or heading as often as a wrap.
 */
function wrapsName(text: string, gap: string, gapStart: number): boolean {
  if (!LINE_BREAK_GAP.test(gap)) return false;
  const lineStart = text.lastIndexOf('\n', gapStart - 1) + 1;
  const nextStart = gapStart + gap.length;
  const nextEnd = text.indexOf('\n', nextStart);
  return continuesLine(
    text.slice(lineStart, gapStart),
    text.slice(nextStart, nextEnd < 0 ? undefined : nextEnd),
  );
}

/** After a word of two or three letters, an abbreviating period may come too: "Ms. Office", "Adv. Excel". */
const ABBREVIATION_GAP = /^\. ?$/;

/**
 * Blanks URLs and e-mail addresses (keeping offsets) so their path words are not read as skills, and closes up
 * ". NET", as tokenised text writes .NET, without moving any offset.
 */
export function maskLinks(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+/g, (m) => ' '.repeat(m.length))
    .replace(/(?<=^|[\s(/#])\. (?=NET\b)/g, ' .');
}

function isGlued(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** Rejects a match that is only part of a longer word-like unit: C in C++, R in R&D, Node in Node.js. */
function boundaryOk(tokens: Token[], text: string, first: number, last: number): boolean {
  const start = tokens[first]!;
  const end = tokens[last]!;
  const after = tokens[last + 1];
  const after2 = tokens[last + 2];
  if (isGlued(end, after)) {
    if (after!.key === '+' || after!.key === '#') return false;
    if (after!.key === '.' && isGlued(after, after2) && after2!.key.length <= 3) return false;
    if (after!.key === '&' && isGlued(after, after2)) return false;
  }
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  if (isGlued(before, start)) {
    if ((before!.key === '&' || before!.key === '.') && isGlued(before2, before)) return false;
  }
  const prevChar = text[start.start - 1];
  const nextChar = text[end.end];
  if (prevChar === '@' || prevChar === '_' || nextChar === '_' || nextChar === '@') return false;
  return true;
}

function walk(node: TrieNode, key: string): TrieNode | undefined {
  // "Training & Development" is "Training and Development": an ampersand between words reads as "and", and back.
  const child =
    node.next.get(key) ??
    (node !== TRIE && key === '&' ? node.next.get('and') : undefined) ??
    (node !== TRIE && key === 'and' ? node.next.get('&') : undefined);
  if (child || node !== TRIE) return child;
  // "python3", "vue3": a trailing version number glued to a known single-word name of a technology. Other names take
  // no version: "SPC4" is an army rank, not statistical process control.
  const bare = key.replace(/\d+$/, '');
  const versioned = bare !== key && bare.length >= 3 ? TRIE.next.get(bare) : undefined;
  return versioned?.forms.some((f) => TECHNICAL_CATEGORIES.has(skillAt(f.skill).category))
    ? versioned
    : undefined;
}

export function findCandidates(tokens: Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const ends: [number, TrieNode][] = [];
    let node: TrieNode | undefined = TRIE;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i) {
        const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
        const abbreviated = j === i + 1 && tokens[i]!.key.length <= 3 && ABBREVIATION_GAP.test(gap);
        if (!NAME_GAP.test(gap) && !abbreviated && !wrapsName(text, gap, tokens[j - 1]!.end)) break;
      }
      node = walk(node, tokens[j]!.key);
      if (node?.forms.length) ends.push([j, node]);
    }
    let found: Candidate[] = [];
    for (let k = ends.length - 1; k >= 0 && !found.length; k--) {
      const [last, hit] = ends[k]!;
      if (!boundaryOk(tokens, text, i, last)) continue;
      const raw = tokens
        .slice(i, last + 1)
        .map((t) => t.raw)
        .join(' ');
      const form =
        hit.forms.find((f) => f.mode === 'plain' || f.mode === 'word' || f.raw === raw) ?? hit.forms[0]!;
      const caseOk = form.mode === 'plain' || form.mode === 'word' || form.raw === raw;
      // A slash pair names two skills at once: "AP/AR", "C/C++", "C#/.NET".
      const forms = form.mode === 'plain' ? hit.forms.filter((f) => f.mode === 'plain') : [form];
      const skills = new Set<number>();
      const chosen = forms.filter((f) => !skills.has(f.skill) && skills.add(f.skill));
      const senses =
        chosen.length === 1
          ? hit.forms.filter((f) => !skills.has(f.skill) && (f.mode === 'plain' || f.raw === raw))
          : [];
      found = chosen.map((f) => ({
        skill: f.skill,
        form: f,
        first: i,
        last,
        start: tokens[i]!.start,
        end: tokens[last]!.end,
        caseOk,
        shouted: false,
        accepted: false,
        senses,
      }));
    }
    if (found.length) {
      out.push(...found);
      i = found[0]!.last + 1;
    } else {
      i++;
    }
  }
  return out;
}
