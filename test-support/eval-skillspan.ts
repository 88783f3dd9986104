// An early SkillSpan scorer (scripts/eval/skills-in-postings.ts is the one `npm run eval` reports): recall of the
// posting extractor over gold knowledge spans, kept with its unit test.
import { extractSkills } from '../lib/skills/extract';
import { allSkills, findSkill } from '../lib/skills/taxonomy';
import { tokenKey } from '../lib/skills/tokenize';

interface SkillSpanPosting {
  text: string;
  knowledge: string[];
}

export interface SkillSpanScore {
  /** Share of gold knowledge spans that name a taxonomy skill (by name or alias) and were extracted. */
  recall: number;
  /** Share of all gold knowledge spans whose text equals, or contains, the name or an alias of an extracted skill. */
  recallAllSpans: number;
  avgSkillsPerPosting: number;
  postings: number;
  toolSpans: number;
  allSpans: number;
}

function formsByName(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const s of allSkills()) map.set(s.name, [s.name, ...s.aliases].map(tokenKey).filter(Boolean));
  return map;
}

function containsKey(span: string, key: string): boolean {
  return ` ${span} `.includes(` ${key} `);
}

/**
 * Scores extraction against SkillSpan's gold `knowledge` spans (one JSON posting per line). `recall` is measured
 * over spans that resolve to a taxonomy entry, the fair tool-level measure; `recallAllSpans` over every span,
 * counting one as found when it equals or contains an extracted skill's name or alias.
 */
export function evaluateSkillSpan(jsonlText: string): SkillSpanScore {
  const forms = formsByName();
  let postings = 0;
  let skillsTotal = 0;
  let toolSpans = 0;
  let toolFound = 0;
  let allSpans = 0;
  let allFound = 0;
  for (const line of jsonlText.split('\n')) {
    if (!line.trim()) continue;
    const posting = JSON.parse(line) as SkillSpanPosting;
    const extracted = extractSkills(posting.text, { kind: 'posting' });
    const names = new Set(extracted.map((s) => s.name));
    const keys = extracted.flatMap((s) => forms.get(s.name) ?? []);
    postings++;
    skillsTotal += extracted.length;
    for (const span of posting.knowledge) {
      const spanKey = tokenKey(span);
      allSpans++;
      if (keys.some((k) => k === spanKey || containsKey(spanKey, k))) allFound++;
      const skill = findSkill(span);
      if (skill) {
        toolSpans++;
        if (names.has(skill.name)) toolFound++;
      }
    }
  }
  return {
    recall: toolSpans ? toolFound / toolSpans : 0,
    recallAllSpans: allSpans ? allFound / allSpans : 0,
    avgSkillsPerPosting: postings ? skillsTotal / postings : 0,
    postings,
    toolSpans,
    allSpans,
  };
}
