import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../skills';
import { prepareJob, offeredOnlyAsAlternatives } from '../match';
import { countPhrases, keywordTable, missingAskCount, repeatedPhrases } from './keywords';

const read = (p: string) => fs.readFileSync(new URL(p, import.meta.url), 'utf8');

describe('countPhrases', () => {
  it('counts at word boundaries in any case', () => {
    expect(countPhrases('Python, python3 and PYTHON; Jython', ['Python'])).toBe(2);
    expect(countPhrases('C++ and C# and C', ['C++'])).toBe(1);
    expect(countPhrases('Built on Node.js; node.js again', ['Node.js'])).toBe(2);
    expect(countPhrases('machine\nlearning and Machine Learning', ['machine learning'])).toBe(2);
  });

  it('counts every phrase of a skill, each use once', () => {
    expect(countPhrases('AWS, Amazon Web Services and aws', ['Amazon Web Services', 'AWS'])).toBe(3);
    // "MS Excel" is one use, not also one of "Excel".
    expect(countPhrases('MS Excel and Excel', ['Excel', 'MS Excel'])).toBe(2);
  });

  it('counts the forms the skill matcher reads only in their case in that case', () => {
    expect(countPhrases('Go services; go to market; GO', ['Go'])).toBe(1);
  });

  it('finds nothing for an empty phrase', () => {
    expect(countPhrases('anything', ['', '  '])).toBe(0);
  });
});

describe('repeatedPhrases', () => {
  it('keeps multiword phrases used twice, without boilerplate or skill words', () => {
    const text =
      'You will own patient care plans. Patient care is our focus.\nYears of experience in credit risk; credit risk models. The team and the team.';
    expect(repeatedPhrases(text, [], 5)).toEqual(['credit risk', 'patient care']);
    expect(repeatedPhrases(text, ['Credit Risk'], 5)).toEqual(['patient care']);
    expect(repeatedPhrases(text, [], 1)).toHaveLength(1);
  });
});

describe('keywordTable', () => {
  const posting = read('../../e2e/fixtures/posting-ml-engineer-hybrid.txt');
  const resume = read('../../e2e/fixtures/resume-frontend.md');
  const postingSkills = extractSkills(posting);
  const resumeSkills = extractSkills(resume);
  const rows = keywordTable({
    postingText: posting,
    resumeText: resume,
    postingSkills,
    resumePhrases: Object.fromEntries(resumeSkills.map((s) => [s.name, s.phrases])),
  });

  it('lists every skill of the posting, required first, each found in the posting', () => {
    expect(
      rows
        .filter((r) => r.kind !== 'phrase')
        .map((r) => r.term)
        .sort(),
    ).toEqual(postingSkills.map((s) => s.name).sort());
    const kinds = rows.map((r) => r.kind);
    expect(kinds.lastIndexOf('required')).toBeLessThan(
      Math.max(kinds.indexOf('preferred'), kinds.indexOf('phrase')),
    );
    for (const row of rows.filter((r) => r.kind !== 'phrase'))
      expect(row.inPosting, row.term).toBeGreaterThan(0);
  });

  it('counts the resume and marks what it never says', () => {
    for (const row of rows) {
      expect(row.inResume, row.term).toBe(countPhrases(resume, row.phrases));
      expect(row.missing, row.term).toBe(row.inResume === 0);
    }
    const held = new Set(resumeSkills.map((s) => s.name));
    const shared = rows.filter((r) => r.kind !== 'phrase' && held.has(r.term));
    const absent = rows.filter((r) => r.kind !== 'phrase' && !held.has(r.term));
    expect(shared.length).toBeGreaterThan(0);
    expect(absent.length).toBeGreaterThan(0);
    for (const row of shared) expect(row.missing, row.term).toBe(false);
  });

  it('adds the posting’s repeated phrases after its skills', () => {
    const phrases = rows.filter((r) => r.kind === 'phrase');
    for (const row of phrases) expect(row.inPosting, row.term).toBeGreaterThanOrEqual(2);
  });
});

describe('alternatives in the keyword table', () => {
  const posting = prepareJob(
    'Financial Analyst',
    "Requirements:\n- Bachelor's degree in Accounting, Economics, or Finance.\n- Advanced Excel skills.",
  );
  const alternatives = offeredOnlyAsAlternatives(posting);
  const table = (resumeText: string) =>
    keywordTable({
      postingText: `${posting.title}\n${posting.requirements.map((r) => r.text).join('\n')}`,
      resumeText,
      postingSkills: posting.skills,
      alternatives,
      resumePhrases: Object.fromEntries(
        extractSkills(resumeText, { kind: 'resume' }).map((s) => [s.name, s.phrases ?? []]),
      ),
    });

  it('reads the degree subjects as one group of alternatives', () => {
    expect(alternatives).toEqual([['Accounting', 'Economics', 'Finance']]);
  });

  it('marks no alternative missing when the resume uses another of its group', () => {
    const rows = table('B.S. Finance, State University. Built models in Excel.');
    const accounting = rows.find((r) => r.term === 'Accounting')!;
    expect(accounting).toMatchObject({ inResume: 0, missing: false, usedInstead: ['Finance'] });
    expect(accounting.alternatives).toEqual(['Accounting', 'Economics', 'Finance']);
    expect(rows.find((r) => r.term === 'Finance')).toMatchObject({ inResume: 1, missing: false });
    expect(missingAskCount(rows, 'required')).toBe(0);
  });

  it('counts a group the resume uses none of as one missing ask, as the gaps do', () => {
    const rows = table('Registered nurse. Patient care.');
    expect(rows.filter((r) => r.kind === 'required' && r.missing).map((r) => r.term)).toEqual(
      expect.arrayContaining(['Accounting', 'Economics', 'Finance', 'Microsoft Excel']),
    );
    // Bachelor's Degree, Microsoft Excel and one of the three subjects.
    expect(missingAskCount(rows, 'required')).toBe(3);
  });
});
