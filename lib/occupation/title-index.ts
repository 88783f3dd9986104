import { TITLE_ALIASES } from './aliases';
import type { EscoData } from './types';
import data from './esco-titles.json';
import { normalizeTitle } from './normalize';

export interface IndexedOccupation {
  code: string;
  isco: string;
  label: string;
  iscoLabel: string;
}

export interface IndexedTitle {
  occupation: number;
  words: string[];
  /** Sum of the words' weights. */
  mass: number;
  /** Number of distinct words. */
  size: number;
  /** 1 for a preferred label or alias, a little less for an alternative label, less still for a generic one. */
  weight: number;
  preferred: boolean;
}

export interface TitleIndex {
  occupations: IndexedOccupation[];
  titles: IndexedTitle[];
  /** Word -> titles that contain it, lightest (by mass) first. */
  postings: Map<string, number[]>;
  /** Word -> inverse occupation frequency: rare words say more about the job. */
  idf: Map<string, number>;
  /** Words that end the titles of at least two occupations: the head nouns (manager, accountant, teacher). */
  heads: Set<string>;
  /** ISCO group code (1 to 4 digits) -> label. */
  groups: Record<string, string>;
}

const ALT_WEIGHT = 0.97;

/** Counts, per key, the distinct occupations it occurs in; an occupation's titles arrive one after another. */
function occupationCounter() {
  const counts = new Map<string, number>();
  const last = new Map<string, number>();
  return {
    counts,
    add(key: string, occupation: number) {
      if (last.get(key) === occupation) return;
      last.set(key, occupation);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    },
  };
}

function buildIndex(): TitleIndex {
  const esco = data as unknown as EscoData;
  const aliases = new Map<string, string[]>();
  for (const [title, code] of Object.entries(TITLE_ALIASES))
    aliases.set(code, [...(aliases.get(code) ?? []), title]);
  const occupations: IndexedOccupation[] = [];
  const titles: IndexedTitle[] = [];
  const words = occupationCounter();
  const headWords = occupationCounter();
  const postings = new Map<string, number[]>();
  const add = (occupation: number, title: string[], weight: number, preferred: boolean) => {
    const distinct = title.filter((w, i) => title.indexOf(w) === i);
    for (const w of distinct) {
      words.add(w, occupation);
      (postings.get(w) ?? postings.set(w, []).get(w)!).push(titles.length);
    }
    headWords.add(title.at(-1)!, occupation);
    titles.push({ occupation, words: title, mass: 0, size: distinct.length, weight, preferred });
  };
  for (const [code, label, preferred, alts, generic = []] of esco.occupations) {
    const occupation = occupations.length;
    const isco = code.slice(0, code.indexOf('.'));
    occupations.push({ code, isco, label, iscoLabel: esco.groups[isco] ?? '' });
    for (const t of preferred) add(occupation, t.split(' '), 1, true);
    for (const t of aliases.get(code) ?? []) add(occupation, normalizeTitle(t), 1, true);
    for (const t of alts) add(occupation, t.split(' '), ALT_WEIGHT, false);
    for (const [t, w] of generic) add(occupation, t.split(' '), Math.min(ALT_WEIGHT, Math.sqrt(w)), false);
    aliases.delete(code);
  }
  if (aliases.size) throw new Error(`Aliases name unknown ESCO codes: ${[...aliases.keys()].join(', ')}`);

  const idf = new Map([...words.counts].map(([w, n]) => [w, Math.log(1 + occupations.length / n)]));
  for (const t of titles)
    t.mass = t.words.reduce((sum, w, i) => (t.words.indexOf(w) === i ? sum + idf.get(w)! : sum), 0);
  const mass = Float64Array.from(titles, (t) => t.mass);
  for (const list of postings.values()) list.sort((a, b) => mass[a]! - mass[b]!);
  const heads = new Set([...headWords.counts].filter(([, n]) => n >= 2).map(([w]) => w));
  return { occupations, titles, postings, idf, heads, groups: esco.groups };
}

let cached: TitleIndex | undefined;

/** The title index, built on first use (tens of milliseconds) and kept for the life of the process. */
export function titleIndex(): TitleIndex {
  return (cached ??= buildIndex());
}

/** The ISCO-08 label of a group code of 1 to 4 digits ("24" -> "Business and administration professionals"). */
export function iscoGroupLabel(code: string): string | null {
  return titleIndex().groups[code] ?? null;
}
