import { findDateRanges, unionMonths, type DatedRange } from './experience';
import { classifyHeading, headingCandidate, type SectionKind } from './sections';

export interface ResumeRole {
  /** The line that names the role, without its dates. */
  title: string;
  start: number;
  end: number;
  years: number;
  text: string;
}

export interface ResumeStructure {
  sections: { kind: SectionKind; heading: string }[];
  roles: ResumeRole[];
  /** Years of work the dated roles cover (overlaps counted once); null when no role has dates. */
  years: number | null;
}

/**
 * Headings of a resume's life outside work: "Volunteer Experience", "Ongoing Community Service Initiatives",
 * "Leadership Roles" (boards and committees), "Professional Affiliations", "Interests".
 */
const ACTIVITIES =
  /\b(volunteer(?:ing)?|community (?:service|involvement|activities|engagement|outreach)|civic|affiliations?|memberships?|leadership roles|extracurricular|interests|hobbies)\b/i;

/** On a resume, "Core Qualifications" lists skills, not a posting's requirements. */
function resumeKind(heading: string): SectionKind {
  if (ACTIVITIES.test(heading)) return 'activities';
  const kind = classifyHeading(heading);
  if (kind === 'requirements' || kind === 'preferred') return 'skills';
  if (kind === 'responsibilities') return 'experience';
  return kind;
}

const NOT_WORK: ReadonlySet<SectionKind> = new Set(['education', 'certifications', 'projects', 'activities']);

/**
 * Finds a resume's sections and its dated roles. Dates under education, certifications, projects or activities
 * (volunteering, community service, memberships) are not work experience; when a resume has no headings at all, every dated line counts as a role.
 */
export function parseResume(text: string, now = new Date()): ResumeStructure {
  const sections: ResumeStructure['sections'] = [];
  const roles: (ResumeRole & { range: DatedRange })[] = [];
  let kind: SectionKind = 'summary';
  let previous = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const candidate = headingCandidate(line);
    const named = candidate ? resumeKind(candidate.text) : null;
    if (
      candidate &&
      named &&
      named !== 'other' &&
      (candidate.strong || candidate.text.split(/\s+/).length <= 3)
    ) {
      kind = named;
      sections.push({ kind, heading: candidate.text });
      previous = '';
      continue;
    }
    const [range] = NOT_WORK.has(kind) ? [] : findDateRanges(line, now);
    if (range) {
      const rest = line
        .replace(range.text, '')
        .replace(/[\s,|·–—-]+$/, '')
        .replace(/^[\s,|·–—-]+/, '')
        .trim();
      roles.push({
        title: titleOf(rest, previous),
        start: range.start,
        end: range.end,
        years: Math.round(((range.end - range.start) / 12) * 10) / 10,
        text: line,
        range,
      });
    } else if (roles.length && !NOT_WORK.has(kind)) {
      roles[roles.length - 1]!.text += `\n${line}`;
    }
    previous = line;
  }
  const months = unionMonths(roles.map((r) => r.range));
  return {
    sections,
    roles: roles.map(({ range: _range, ...role }) => role),
    years: roles.length ? Math.round((months / 12) * 10) / 10 : null,
  };
}

/** A role's name sits on its date line or, in many templates, on the short line just above it. */
function titleOf(rest: string, previous: string): string {
  const shortPrevious =
    previous && !/^[-*•]/.test(previous) && previous.split(/\s+/).length <= 6 && !/[.;]$/.test(previous);
  if (shortPrevious && (rest.length < 3 || /company name|, *state\b/i.test(rest))) return previous;
  return rest.length >= 3 ? rest : previous;
}

/** Years of use per skill: the union of the roles whose text names it. */
export function skillYears(
  roles: readonly ResumeRole[],
  skillsIn: (text: string) => string[],
): Map<string, number> {
  const ranges = new Map<string, { start: number; end: number; text: string }[]>();
  for (const role of roles) {
    for (const skill of new Set(skillsIn(role.text))) {
      const list = ranges.get(skill) ?? [];
      list.push({ start: role.start, end: role.end, text: role.title });
      ranges.set(skill, list);
    }
  }
  return new Map([...ranges].map(([skill, list]) => [skill, Math.round((unionMonths(list) / 12) * 10) / 10]));
}
