import { chunkText } from '../embeddings/chunk';
import { extractSkills, findSkill, findSkillMentions, type ExtractedSkill } from '../skills';
import { alternativeGroups, includedParts } from '../skills/alternatives';
import {
  extractRequirements,
  languageWarning,
  parseResume,
  requiredYears,
  skillYears,
  type Requirement,
  type RequirementLevel,
} from '../structure';
import {
  classifyResume,
  classifyTitle,
  isRankWord,
  resumeTitleHints,
  type Occupation,
  type ResumeTitleHints,
} from '../occupation';
import type { JobProfile, OccupationRef, ResumeProfile, SkillRef, TitleKind } from './types';
import type { VectorLike } from './vector';

export type EmbedFn = (texts: readonly string[]) => Promise<VectorLike[]>;

export type PreparedRequirement = Requirement & {
  skills: string[];
  minYears: number | null;
  alternatives: string[][];
  /** Skills named only as parts of another ("Kubernetes, including networking"): see includedParts. */
  parts: string[];
};

/**
 * Bumped whenever what is read from a resume changes in a way stored rows must follow (skills, passages, lines,
 * titles): on start, resumes analysed by an older version go through the processing queue again.
 * 4: presentations given, a product alone in a comma list and "computer security" are read as skills; skills the
 * candidate added are kept apart as claims, so every score stored before (which counted them) is redone; an item on
 * a line of its own in a list of skills counts; "oil and gas" is the industry; a skill's evidence is a sentence, not a
 * heading.
 * 5: a degree's phrases hold the word "degree" and its subject ("Master of Science degree in Engineering"), and an
 * "academic" or "technical degree" is a bachelor's; a job title is no skill's evidence; "Operating Systems" heading a
 * list of them is not operating-systems internals.
 * 6: the field right after a degree is its subject ("B.S. Finance"), and a skill named only so is marked `subject`.
 * 7: an abbreviation with its period names the skill ("Ms. Office"); testing a prototype is not software testing; cash
 * flow and budget analysis are Financial Analysis. 8: public accounting is its own skill, which corporate accounting
 * does not show; an associate degree is read, and a bachelor's meets it; a teacher's wordings of student assessment
 * are read; a city named alone on the contact line is the location.
 * 9: words read in the sense their text gives them: interpreting beside a language, calibration beside instruments,
 * accessibility beside the web; a school's name ("Triton College"), a rank ("SPC4") and "Swiss Army" name no skill;
 * conflict resolution or mediation is no HR or legal practice; counting cash drawers is cashiering; Core Web Vitals and
 * Lighthouse are skills; a sentence a PDF wrapped over lines is one sentence, quoted whole; talking with parents
 * ("feedback to parents", "keep parents informed") is parent communication, managing classroom behavior classroom
 * management; an occupation in the plural ("managed … nurse practitioners") is other people, not the holder's skill;
 * orientations of new hires ("Schedule weekly orientations from the candidate pool") and new-hire training are onboarding.
 * 10: an objective ("To obtain a challenging position…") is no skill's evidence when a line of work names the skill; a
 * line that ends where no sentence can ("…and submit the") goes on in the next in a quote; an AR clerk's wordings
 * (customer invoices, lockbox, cash application) are accounts receivable, collecting unpaid balances credit control,
 * sales and use tax and property taxes tax accounting; a resume's short lines join a sentence wrapped over lines
 * (no quote starts mid-sentence); "critically ill" is critical care; whom a person reported to ("Vice President,
 * Patient Care Services") names no skill of theirs, nor does "patient-centered care"; a word form running straight on
 * into a skill of several words modifies it ("audit change management" is no auditing); talking with "children's
 * parents" is parent communication; a quote starts at the item whose bullet a PDF lost ("…sales force Automated
 * headcount reporting tools using Excel macros."); "technical support" is the help desk only beside users and
 * their computers.
 * 11: a heading run on after a sentence ("…On boarding. CORE FUNCTIONAL STRENGTHS HR Generalist Responsibilities
 * Benefits/Payroll") and a skills block of names or a comma list are labels (lib/skills/lines.ts isLabel), so a
 * sentence that names the skill is its quote ("Providing and processing payroll Inputs.").
 * 12: a major named again after the school on the degree's line, and a branch of engineering in any category
 * ("Electronics Engineering"), are the degree's subject; a project's name above its description ("Occupational
 * Therapy:") and what a project is about ("This project is all about … tutoring sessions") name the product's domain,
 * not the developer's skill (technologies there stay skills).
 * 13: "monitoring" and "security" alone are Application Monitoring and Cybersecurity only near words of computing
 * (servers, alerts, Prometheus; network, firewall, IT), not in any list ("Project Setup & Monitoring", "Front Desk
 * Security").
 * 14: dates under volunteering, community service, memberships or interests ("Ongoing Community Service
 * Initiatives", "Professional Affiliations") are no roles: they gave no role titles and no years of work.
 * 15: a seller's demos ("presentations/demos, quoting", "sales, demonstrations") are sales presentations.
 * 16: titles are embedded without their rank (occupationWords: "SENIOR TECHNICAL DESIGNER" as "TECHNICAL DESIGNER").
 * 17: heat exchangers, pressure vessels, boilers and HRSGs are Heat Exchangers and Pressure Vessels, no longer Pumps
 * and Compressors.
 * 18: "business requirements" and "functional specifications" are Business Analysis only near its work (gathered,
 * documented, stakeholders…), not in "reflects business requirements".
 * 19: a title's rank words are those the occupation classifier drops (lib/occupation isRankWord: also "Deputy",
 * "Trainee", "Graduate"), so titles are embedded again.
 * 20: someone else's role ("to the Systems Administrator") and a credential's acronym after "the" ("through the
 * CFP") name no skill.
 * 21: "presentations" is Presentation Skills within a few words of the giving or an audience ("created and delivered
 * informative presentations"), not only right after a cue.
 * 22: a word form two skills share takes the sense whose area is near ("forecast" beside a pipeline is Sales
 * Forecasting); "financial forecasting" and "rolling forecasts" are Financial Forecasting only.
 * 23: scores only: a tool asked with years that no dated role names leaves its requirement uncovered ("Listed, but no
 * dated role shows it"), and a quality listed one item a line meets a requirement asking it.
 * 24: a sales segment in a title ("Mid-Market", "SMB") is no part of the occupation.
 * 25: scores only: Workday implies HRIS, and an applicant tracking system is related to one (partial credit).
 * 26: "presentations" keeps the cue words it had before version 21 ("persuasive presentations") and no longer takes
 * "analysis" near it as one.
 * 27: a multi-word name a PDF wrapped inside a sentence ("using human⏎resources management system software") is read,
 * and "human resources management system" is HRIS; a degree line's field past unknown capitalised words
 * ("Bachelor of Science : Communication Journalism") is the degree's subject.
 * "ADP payroll" names ADP (and so Payroll), and "Excel financial modeling" Excel as well as Financial Modeling.
 * Sales and Marketing are fields, named where a text names them as such ("experience in sales", a sales role on a
 * resume) and implied by their practices (B2B Sales, SEO…).
 * A field naming the team a resume's holder worked for or beside ("used by the underwriting team") is not theirs.
 * "Labour Law" is named "Employment Law", which reads for a US posting as for a British one.
 * "Met or exceeded sales targets" names Sales on a resume; in a posting, a result to reach ("Sales targets") is not asked.
 * Scores too: a requirement covered by its skills quotes the line of work that names the most of them, closest in
 * meaning, before the extractor's first line (often a skills list).
 * 28: an acronym the text defines in lower case as something else ("professional learning community (PLC)") is not
 * the skill of that name. A nurse's "IV medications" and "peripheral IV lines" name Medication Administration. An
 * occupation in a wish for a position ("Seeking the position of Commercial Underwriter II") is not held.
 * Scores too: a requirement not covered says which named skills the resume lacks.
 */
export const RESUME_ANALYSIS_VERSION = 28;
/**
 * The same for postings (requirements, their skills, levels): on start, older jobs are prepared again and rescored.
 * 4: a requirement's skills are read as posting text, so departments it mentions are not skills it names; networking
 * among sales skills is Professional Networking; the company and place under the title ask nothing.
 * 5: degrees as for resumes (version 5); a suite asked for is one skill, its parts listed as its examples its phrases;
 * "operating systems" alone is not operating-systems internals.
 * 6: degree subjects marked as for resumes (version 6); what the company does ("The Company believes", "OptiRisk
 * offers") and what follows a company label in a run-on posting are no requirements; "would be preferable" is preferred.
 * 7: pay in lakhs or per annum ("Annual Package: 4.5 Lakhs per annum") is no requirement.
 * 8: what a named company offers or is ("OptiRisk offers training programs", "As a division of ERAM Group, E-Talent is
 * a Talent Acquisition Consultancy") names no skills; testing a prototype or a vehicle is not software testing; "Ms.
 * Office" is Microsoft Office; "Data Pipeline Integration" is not System Integration; one service from each of several
 * clouds ("AWS SageMaker, Azure ML, GCP Vertex AI") is a group of alternatives; "with energy" is not the energy sector,
 * and a "Job Segment:" tag line names nothing; a culture heading opening "You will Benefit from" and a privacy notice ask nothing. 9: what a job sells
 * ("selling Robotic Assisted Surgery systems") asks no practice of the seller, and a field inside a capitalised job
 * title ("The Nursing Home Account Manager") is the title; perks ("We offer a sign-on bonus"), on-target earnings, the
 * hybrid schedule, what the company makes and what the hire's unit does are no requirements, and "What you'll be doing"
 * is a heading; public accounting and the associate degree are skills; whom the unit serves ("Our students are…") is
 * no requirement; what the job moves off ("off of emailed spreadsheets") is not asked; a requirement names no skill it mentions only as a
 * team's name ("for the ML team").
 * 10: word senses, names and wrapped sentences as for resumes (version 9); the company named under the title names
 * no skill anywhere in the posting; robotics is a field, not a product; a line that ends where a sentence cannot ("including
 * Facebook,") goes on in the next; skills a
 * requirement names after "including" are parts of the one before (`parts`), which must itself be held; Go is
 * read after "writing"; what a named company moves, powers or enables ("Ledgerline moves money…") is no requirement;
 * what a line says to do "without leaning on" is not asked; page performance is Core Web Vitals;
 * "review code" and "reviewed pull requests" are code review;
 * succession beside planning and a career path someone defines are talent management; financial research is
 * financial analysis, not equity research; Google Suite is Google Workspace;
 * whom the work serves ("dashboards for store operations and merchandising leadership") is not asked.
 * 11: a tool the qualifications offer as one of several ("QuickBooks, NetSuite, or a similar ERP system") is one of
 * several where the duties name it too (see withQualifyingAlternatives), and one they name only as preferred is
 * preferred (withQualifyingLevels); a wish beside a requirement (", ideally in manufacturing", "(MBA is a plus)") makes
 * only itself preferred; "You should have", "REQUIRED PROFILE" and "Must-Have (Ideally …)" head qualifications;
 * "technical support" is the help desk only beside users and their computers (as for resumes, version 10).
 * 12: labels for skill quotes as for resumes (version 11).
 * 13: a branch of engineering is a degree's subject, as for resumes (version 12).
 * 14: "monitoring" and "security" alone as for resumes (version 13).
 * 15: demos near customers and prospects are sales presentations, as for resumes (version 15).
 * 16: the title is embedded without its rank, as for resumes (version 16).
 * 17: what the company is committed to doing for its clients ("We are committed to providing outstanding recruitment
 * solutions for our clients, and this role…") asks for nothing.
 * 18: heat exchangers and pressure vessels as for resumes (version 17).
 * 19: business requirements and functional specifications as for resumes (version 18).
 * 20: rank words as for resumes (version 19).
 * 21: a credential's acronym after "the" as for resumes (version 20).
 * 22: presentations as for resumes (version 21).
 * 23: senses of a shared word form as for resumes (version 22).
 * 24: "About Us:" opening a line opens the employer's section, up to a heading or a label about the job.
 * 25: a sales segment in a title as for resumes (version 24): "Account Executive, Mid-Market" is an account executive.
 * 26: presentations as for resumes (version 26).
 * 27: wrapped names, the HRIS wording, "ADP payroll", Sales and Marketing as for resumes (version 27); departments
 * a hire partners with ("Partner closely with Marketing and Sales") and the fields of a list a data noun follows
 * ("sales and store operations data") are not asked for.
 * 28: acronyms defined in lower case and IV wordings as for resumes (version 28).
 */
export const JOB_ANALYSIS_VERSION = 28;

export interface PreparedJob {
  title: string;
  /** The ESCO occupation its title names, when one does. */
  occupation: Occupation | null;
  requirements: PreparedRequirement[];
  skills: ExtractedSkill[];
  minYears: number | null;
  warnings: string[];
}

/** A resume skill with the years of the dated roles that name it (null when no dated role does). */
export type ResumeSkill = ExtractedSkill & { years: number | null };

export interface PreparedResume {
  /** The ESCO occupation its headline and recent role titles name, when they do. */
  occupation: Occupation | null;
  chunks: string[];
  /**
   * The same text in short pieces (a sentence or a line or two), embedded apart: a requirement is covered by what one
   * sentence says, which a whole passage blurs.
   */
  lines: string[];
  /** The headline and up to three recent role titles, embedded apart from the passages. */
  titles: { text: string; kind: TitleKind }[];
  skills: ResumeSkill[];
  years: number | null;
  warnings: string[];
}

const TEAM_AFTER = /^\s+(?:teams?|groups?|squads?|department|org|organi[sz]ation|guild|chapter)\b/i;

/**
 * "Review code and help set engineering standards for the ML team": a skill a requirement mentions only as the name
 * of a team asks nothing of that requirement (the posting still asks it where it says so), so the requirement is not
 * covered by the resume's line about machine learning.
 */
function onlyNamesATeam(text: string, phrases: readonly string[]): boolean {
  const lower = text.toLowerCase();
  let seen = 0;
  for (const phrase of phrases) {
    const p = phrase.toLowerCase();
    for (let at = lower.indexOf(p); at !== -1; at = lower.indexOf(p, at + p.length)) {
      seen++;
      if (!TEAM_AFTER.test(lower.slice(at + p.length, at + p.length + 20))) return false;
    }
  }
  return seen > 0;
}

const QUALIFICATIONS: ReadonlySet<Requirement['section']> = new Set(['requirements', 'preferred']);

/**
 * "Participate in testing for the NetSuite implementation" among the duties, "Hands-on experience with QuickBooks,
 * NetSuite, or a similar ERP system" among the qualifications: the posting says what it asks of the candidate where it
 * lists qualifications, so a tool it offers there as one of several is one of several in its duties too, and the duty
 * gets the group. Without it, every accountant who knows SAP is told NetSuite is a missing requirement by the very
 * posting that accepts SAP. A group of a degree's subjects ("Bachelor's degree in Accounting or Finance") stays with
 * the degree: accounting work asked among the duties is still asked.
 */
export function withQualifyingAlternatives(requirements: PreparedRequirement[]): PreparedRequirement[] {
  const groups = requirements
    .filter((r) => QUALIFICATIONS.has(r.section))
    .filter((r) => !r.skills.some((s) => findSkill(s)?.category === 'education'))
    .flatMap((r) => r.alternatives);
  if (!groups.length) return requirements;
  return requirements.map((r) => {
    if (QUALIFICATIONS.has(r.section)) return r;
    const grouped = new Set(r.alternatives.flat());
    const added = groups.filter((g) => g.some((s) => r.skills.includes(s) && !grouped.has(s)));
    if (!added.length) return r;
    return { ...r, alternatives: [...r.alternatives, ...added.map((g) => [...g])] };
  });
}

/**
 * "Maintain employee records … in Workday" among the duties, "Hands-on experience with an HRIS; Workday experience is a
 * strong plus" among the qualifications: the qualifications say how much the candidate needs a skill, so one they name
 * only as preferred is preferred, however the duties mention it. `qualified` holds each mention outside the duties
 * (a "Required Technical Skill Set" line above the headings asks as much as a qualification). A skill named only in
 * the duties keeps the level its mentions give it.
 */
export function withQualifyingLevels(
  skills: ExtractedSkill[],
  qualified: readonly { name: string; level: RequirementLevel }[],
): ExtractedSkill[] {
  const required = new Set(qualified.filter((q) => q.level === 'required').map((q) => q.name));
  const preferred = new Set(qualified.filter((q) => q.level === 'preferred').map((q) => q.name));
  return skills.map((s) =>
    s.level === 'required' && preferred.has(s.name) && !required.has(s.name)
      ? { ...s, level: 'preferred' }
      : s,
  );
}

/** Everything about a posting that needs no model: requirements, skills with levels, years asked for. */
export function prepareJob(title: string, description: string): PreparedJob {
  const skills = extractSkills(`${title}\n${description}`, { kind: 'posting' });
  let requirements = extractRequirements(description);
  if (requirements.length === 0)
    requirements = [{ text: `${title}. ${description}`.slice(0, 400), level: 'required', section: 'other' }];
  const warning = languageWarning(description);
  // How each skill is asked for outside the duties: "Workday experience is a strong plus" asks it as preferred.
  const qualified: { name: string; level: RequirementLevel }[] = [];
  const prepared = requirements.map((r): PreparedRequirement => {
    const mentions = findSkillMentions(r.text);
    // Read as posting text, so a department or team a requirement mentions ("a trusted partner for the Business,
    // Finance, and FP&A Teams") is not a skill it names.
    const named = extractSkills(r.text, { kind: 'posting' }).filter(
      (s) => !onlyNamesATeam(r.text, s.phrases),
    );
    if (r.section !== 'responsibilities')
      for (const s of named)
        qualified.push({ name: s.name, level: r.section === 'preferred' ? 'preferred' : s.level });
    return {
      ...r,
      skills: named.map((s) => s.name),
      minYears: requiredYears(r.text),
      alternatives: alternativeGroups(r.text, mentions),
      parts: includedParts(r.text, mentions),
    };
  });
  return {
    title,
    occupation: classifyTitle(title),
    requirements: withQualifyingAlternatives(prepared),
    skills: withQualifyingLevels(skills, qualified),
    minYears: requiredYears(description),
    warnings: warning ? [warning] : [],
  };
}

export function prepareResume(text: string): PreparedResume {
  const warning = languageWarning(text);
  const structure = parseResume(text);
  const perSkill = skillYears(structure.roles, (t) =>
    extractSkills(t, { kind: 'resume' }).map((s) => s.name),
  );
  const hints = resumeTitleHints(text, new Date(), structure.roles);
  return {
    occupation: classifyResume(hints),
    chunks: chunkText(withoutContactLines(text)),
    // Lines are what a requirement's evidence is quoted from, so a wrapped sentence is one line, never a fragment
    // ("major health systems, payors, accountable care…"). Passages keep the physical lines: joining them there
    // measured worse on eval-dev (nDCG@10 0.648 -> 0.640).
    lines: chunkText(withoutContactLines(text), LINE_WORDS, { joinWrapped: true }),
    titles: resumeTitles(hints),
    skills: extractSkills(text, { kind: 'resume' }).map((s) => ({
      ...s,
      years: perSkill.get(s.name) ?? null,
    })),
    years: structure.years,
    warnings: warning ? [warning] : [],
  };
}

const CONTACT =
  /[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+?\d[\d ().-]{7,}\d)|https?:\/\/\S+|\b(?:linkedin|github)\.com\/\S*/gi;

/**
 * Drops lines that are only contact details (email, phone, links), so the opening passage of a resume is its
 * headline and summary, which say what the person does.
 */
export function withoutContactLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      const rest = line
        .replace(CONTACT, '')
        .replace(/[|·•,;:/\s-]+/g, ' ')
        .trim();
      return !(rest.length < line.trim().length && rest.split(' ').length <= 4);
    })
    .join('\n');
}

/** The longest short piece of a resume: about one sentence. */
const LINE_WORDS = 25;

/** Role titles beyond the most recent few say little about what the person is now. */
const MAX_ROLE_TITLES = 3;

function resumeTitles(hints: ResumeTitleHints): PreparedResume['titles'] {
  const out: PreparedResume['titles'] = [];
  if (hints.headline) out.push({ text: hints.headline, kind: 'headline' });
  for (const t of hints.roleTitles.slice(0, MAX_ROLE_TITLES)) out.push({ text: t, kind: 'role' });
  return out;
}

/**
 * A title as embedded: its occupation without its rank. The model reads rank words strongly, so "Senior Technical
 * Designer" (of handbags) came out 0.78 similar to "Senior Backend Engineer", as close as two titles of one
 * profession; compared without "Senior", the occupations decide. A title that is all rank stays as written.
 */
export function occupationWords(title: string): string {
  const words = title.trim().split(/\s+/);
  let from = 0;
  let to = words.length;
  // Rank opens a title ("Senior", "Sr.", "Lead", "Staff"); "Lead Generation" is a trade, not a rank.
  while (to - from > 1 && isRankWord(words[from]!, true) && !/^generation$/i.test(words[from + 1] ?? ''))
    from++;
  // A grade ends one ("Technical Designer II", "Engineer 3").
  while (
    to - from > 1 &&
    /^(?:[ivx]+|\d)$/i.test(words[to - 1]!.replace(/[^\p{L}\p{N}]/gu, '')) &&
    isRankWord(words[to - 1]!)
  )
    to--;
  return words.slice(from, to).join(' ');
}

/** Everything of a resume that gets embedded, in a fixed order: its passages, then its titles, then its lines. */
export function resumePassages(resume: PreparedResume): string[] {
  return [...resume.chunks, ...resume.titles.map((t) => occupationWords(t.text)), ...resume.lines];
}

/** Length of the mean of the requirement vectors (see JobProfile.requirementMeanNorm). */
export function requirementMeanNorm(vectors: readonly VectorLike[]): number {
  const dims = vectors[0]?.length ?? 0;
  if (!dims) return 1;
  const mean = new Float64Array(dims);
  for (const v of vectors) for (let i = 0; i < dims; i++) mean[i]! += v[i]! / vectors.length;
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += mean[i]! * mean[i]!;
  return Math.sqrt(norm) || 1;
}

/** The passages of a job that get embedded, in a fixed order: the title (occupationWords) first, then each requirement. */
export function jobPassages(job: PreparedJob): string[] {
  return [occupationWords(job.title), ...job.requirements.map((r) => r.text)];
}

export function toJobProfile(job: PreparedJob, vectors: readonly VectorLike[]): JobProfile {
  return {
    title: job.title,
    titleVector: vectors[0]!,
    requirements: job.requirements.map((r, i) => ({
      text: r.text,
      level: r.level,
      skills: r.skills,
      minYears: r.minYears,
      alternatives: r.alternatives,
      parts: r.parts,
      vector: vectors[i + 1]!,
    })),
    skills: jobSkillRefs(job.skills),
    minYears: job.minYears,
    requirementMeanNorm: requirementMeanNorm(vectors.slice(1)),
    occupation: occupationRef(job.occupation),
  };
}

/** `vectors` are those of resumePassages(resume): the passages, then the titles, then the lines. */
export function toResumeProfile(resume: PreparedResume, vectors: readonly VectorLike[]): ResumeProfile {
  const n = resume.chunks.length;
  return {
    occupation: occupationRef(resume.occupation),
    chunks: resume.chunks.map((text, i) => ({ text, vector: vectors[i]! })),
    lines: resume.lines
      .map((text, i) => ({ text, vector: vectors[n + resume.titles.length + i]! }))
      .filter((l) => l.vector !== undefined),
    titles: resume.titles
      .map((t, i) => ({ ...t, vector: vectors[n + i]! }))
      .filter((t) => t.vector !== undefined),
    skills: resume.skills.map((s) => s.name),
    years: resume.years,
    skillYears: skillYearsOf(resume.skills),
    skillEvidence: skillEvidenceOf(resume.skills),
    skillPhrases: skillPhrasesOf(resume.skills),
  };
}

/** What the scorer needs of an occupation. */
export function occupationRef(o: Pick<Occupation, 'code' | 'isco'> | null | undefined): OccupationRef | null {
  return o ? { code: o.code, isco: o.isco } : null;
}

/** Each skill's evidence line, for citing it under a requirement that asks for the skill. */
export function skillEvidenceOf(
  skills: readonly { name: string; evidence?: string }[],
): Record<string, string> {
  return Object.fromEntries(skills.filter((s) => s.evidence).map((s) => [s.name, s.evidence as string]));
}

export function skillYearsOf(
  skills: readonly { name: string; years?: number | null }[],
): Record<string, number> {
  return Object.fromEntries(
    skills.filter((s) => typeof s.years === 'number').map((s) => [s.name, s.years as number]),
  );
}

/** A posting's skills, once each: required if any mention is, with every phrase that named it. */
export function jobSkillRefs(skills: readonly ExtractedSkill[]): SkillRef[] {
  const seen = new Map<string, SkillRef & { phrases: string[] }>();
  for (const s of skills) {
    const ref = seen.get(s.name) ?? { name: s.name, level: s.level, phrases: [] };
    if (s.level === 'required') ref.level = 'required';
    for (const p of s.phrases ?? []) if (!ref.phrases.includes(p)) ref.phrases.push(p);
    seen.set(s.name, ref);
  }
  return [...seen.values()];
}

/** Each skill's phrases in a resume. */
export function skillPhrasesOf(
  skills: readonly { name: string; phrases?: readonly string[] }[],
): Record<string, string[]> {
  return Object.fromEntries(skills.filter((s) => s.phrases?.length).map((s) => [s.name, [...s.phrases!]]));
}

export async function embedJob(job: PreparedJob, embed: EmbedFn): Promise<JobProfile> {
  return toJobProfile(job, await embed(jobPassages(job)));
}

export async function embedResume(resume: PreparedResume, embed: EmbedFn): Promise<ResumeProfile> {
  return toResumeProfile(resume, await embed(resumePassages(resume)));
}

/** A posting's passages in order, as they are projected on: the title, then each requirement. */
export function jobPassageVectors(job: JobProfile): VectorLike[] {
  return [job.titleVector, ...job.requirements.map((r) => r.vector)];
}

/**
 * The posting in "passage space": its title and requirements become the unit vectors e0, e1 … eN, so that a resume
 * passage given as its similarities to them ([title, requirement 1, …], see jobPassageVectors) scores exactly as its
 * full vector would, since dot(e_i, similarities) is similarity i. Scoring one posting against many stored resumes
 * then reads a few numbers a passage instead of its whole vector.
 */
export function inPassageSpace(job: JobProfile): JobProfile {
  const n = job.requirements.length + 1;
  const basis = (i: number) => {
    const v = new Float32Array(n);
    v[i] = 1;
    return v;
  };
  return {
    ...job,
    requirementMeanNorm:
      job.requirementMeanNorm ?? requirementMeanNorm(job.requirements.map((r) => r.vector)),
    titleVector: basis(0),
    requirements: job.requirements.map((r, i) => ({ ...r, vector: basis(i + 1) })),
  };
}
