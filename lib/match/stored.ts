// Scoring profiles rebuilt from what is stored about a posting or a resume: the mapping from persisted analysis and
// vectors to what the scorer reads. db/ reads the rows and hands them here, so the rules (a candidate's corrections,
// which chunk is a title or a line) live with the rest of the matching, not in the queries.
import type { ExtractedSkill } from '../skills';
import type { RequirementLevel } from '../structure/requirements';
import { applySkillCorrections, type SkillCorrections } from './corrections';
import {
  jobSkillRefs,
  occupationRef,
  requirementMeanNorm,
  skillEvidenceOf,
  skillPhrasesOf,
  skillYearsOf,
  type ResumeSkill,
} from './prepare';
import type {
  EmbeddedPassage,
  EmbeddedTitle,
  JobProfile,
  OccupationRef,
  ResumeProfile,
  TitleKind,
} from './types';
import type { VectorLike } from './vector';

/** A posting as stored: its analysis and its title vector (its requirement vectors are read apart). */
export interface StoredJobAnalysis {
  title: string;
  titleEmbedding: VectorLike;
  requirements: readonly {
    text: string;
    level: RequirementLevel;
    skills: string[];
    /** Absent on jobs stored before requirements' years were read. */
    minYears?: number | null;
    /** Absent on jobs stored before alternatives were read. */
    alternatives?: string[][];
    /** Absent on jobs stored before parts were read. */
    parts?: string[];
  }[];
  skills: readonly ExtractedSkill[];
  minYears: number | null;
  /** Absent on rows read without it; null when the title names no occupation. */
  occupation?: OccupationRef | null;
}

/** A posting's scoring profile; `requirementVectors[i]` is requirement i's vector, in order. */
export function storedJobProfile(
  job: StoredJobAnalysis,
  requirementVectors: readonly VectorLike[],
): JobProfile {
  return {
    title: job.title,
    titleVector: job.titleEmbedding,
    requirements: job.requirements.map((r, i) => ({
      text: r.text,
      level: r.level,
      skills: r.skills,
      minYears: r.minYears ?? null,
      alternatives: r.alternatives ?? [],
      parts: r.parts ?? [],
      vector: requirementVectors[i] ?? [],
    })),
    skills: jobSkillRefs(job.skills),
    minYears: job.minYears,
    // As prepared jobs carry it (toJobProfile): without it the whole-document fit of a candidate's upload, scored
    // against every job from this profile, read about half what the recruiter's ranking and the CLI read.
    ...(requirementVectors.length ? { requirementMeanNorm: requirementMeanNorm(requirementVectors) } : {}),
    occupation: occupationRef(job.occupation),
  };
}

/** A stored piece of a resume: a passage, a sentence-sized line or a title, with its vector (or its projection). */
export interface StoredChunk {
  kind: 'passage' | 'line' | TitleKind;
  text: string;
  vector: number[];
}

/** A resume as stored: its analysis and the candidate's corrections to it. */
export interface StoredResumeAnalysis {
  /** Skills stored before years were read have none. */
  skills: readonly (ExtractedSkill & { years?: number | null })[];
  years: number | null;
  corrections: SkillCorrections;
  /** Null when the resume's titles name no occupation. */
  occupation?: OccupationRef | null;
}

/**
 * A resume's scoring profile from its stored analysis and chunks (in stored order): the candidate's removals apply,
 * and their additions are claims (see applySkillCorrections).
 */
export function storedResumeProfile(
  resume: StoredResumeAnalysis,
  chunks: readonly StoredChunk[],
): ResumeProfile {
  const passages: EmbeddedPassage[] = [];
  const titles: EmbeddedTitle[] = [];
  const lines: EmbeddedPassage[] = [];
  for (const c of chunks) {
    if (c.kind === 'line') lines.push({ text: c.text, vector: c.vector });
    else if (c.kind === 'passage') passages.push({ text: c.text, vector: c.vector });
    else titles.push({ text: c.text, kind: c.kind, vector: c.vector });
  }
  const { skills, claimed } = applySkillCorrections(
    resume.skills.map((s): ResumeSkill => ({ ...s, years: s.years ?? null })),
    resume.corrections,
  );
  return {
    occupation: occupationRef(resume.occupation),
    chunks: passages,
    titles,
    lines,
    skills: [...new Set(skills.map((s) => s.name))],
    years: resume.years,
    skillYears: skillYearsOf(skills),
    skillEvidence: skillEvidenceOf(skills),
    skillPhrases: skillPhrasesOf(skills),
    claimed,
  };
}
