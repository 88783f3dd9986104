import { findSkillMentions, impliedBy } from '../skills';

export interface SkillMention {
  name: string;
  start: number;
  end: number;
}

/** A piece of the text; `skill` is set on a highlighted piece: the job's skill it shows (itself, or one it implies). */
export interface HighlightSegment {
  text: string;
  skill?: string;
  /** Set when the mention is another skill that implies the job's (EKS for Kubernetes). */
  via?: string;
}

/**
 * Cuts `text` into plain and highlighted pieces. `wanted` maps a mentioned skill's name to the job skill it stands
 * for; mentions of other skills stay plain. Overlapping or out-of-range mentions are dropped (the earlier one wins),
 * so the pieces always join back to exactly `text`.
 */
export function segmentMentions(
  text: string,
  mentions: readonly SkillMention[],
  wanted: ReadonlyMap<string, string>,
): HighlightSegment[] {
  const sorted = mentions
    .filter((m) => wanted.has(m.name) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HighlightSegment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    const skill = wanted.get(m.name)!;
    out.push(
      skill === m.name
        ? { text: text.slice(m.start, m.end), skill }
        : { text: text.slice(m.start, m.end), skill, via: m.name },
    );
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Which mentioned skills to highlight for a job: its own skills, and skills that imply one of them. */
export function wantedSkills(mentioned: Iterable<string>, jobSkills: Iterable<string>): Map<string, string> {
  const job = new Set(jobSkills);
  const out = new Map<string, string>();
  for (const name of new Set(mentioned)) {
    if (job.has(name)) {
      out.set(name, name);
      continue;
    }
    for (const [implied] of impliedBy([name])) {
      if (job.has(implied)) {
        out.set(name, implied);
        break;
      }
    }
  }
  return out;
}

/**
 * The resume text cut into pieces with the job's skills marked, found the way skills are extracted (aliases, word
 * boundaries, context), so what is highlighted is what was counted. The pieces are plain strings for React to escape.
 */
export function highlightJobSkills(text: string, jobSkills: Iterable<string>): HighlightSegment[] {
  const mentions = findSkillMentions(text);
  return segmentMentions(
    text,
    mentions,
    wantedSkills(
      mentions.map((m) => m.name),
      jobSkills,
    ),
  );
}
