import { describe, expect, it } from 'vitest';
import { extractSkills, findSkillMentions } from './index';

const phrasesOf = (text: string, name: string, kind: 'posting' | 'resume' = 'resume') =>
  extractSkills(text, { kind }).find((s) => s.name === name)?.phrases;

describe('phrases', () => {
  it('keeps the words that named each skill, as written', () => {
    expect(phrasesOf('Deployed on AWS.', 'Amazon Web Services')).toEqual(['AWS']);
    expect(phrasesOf('Built reports in Excel; advanced MS Excel user.', 'Microsoft Excel')).toEqual([
      'Excel',
      'MS Excel',
    ]);
  });

  it('drops repeats case-insensitively and keeps the order of first appearance', () => {
    expect(
      phrasesOf('AWS daily. Also aws, Amazon Web Services and AWS again.', 'Amazon Web Services'),
    ).toEqual(['AWS', 'Amazon Web Services']);
  });

  it('closes up the whitespace inside a phrase', () => {
    expect(phrasesOf('Five years of machine  learning', 'Machine Learning')).toEqual(['machine learning']);
  });

  it('gives each mention its phrase', () => {
    expect(findSkillMentions('k8s and Postgres').map((m) => [m.name, m.phrase])).toEqual([
      ['Kubernetes', 'k8s'],
      ['PostgreSQL', 'Postgres'],
    ]);
  });

  it('gives the parts of a suite named only through it the suite phrase', () => {
    const skills = extractSkills('Proficient in MS Office Suite', { kind: 'resume' });
    expect(skills.map((s) => [s.name, s.phrases])).toEqual([
      ['Microsoft Office', ['MS Office Suite']],
      ['Microsoft Excel', ['MS Office Suite']],
      ['Microsoft Word', ['MS Office Suite']],
      ['Microsoft PowerPoint', ['MS Office Suite']],
      ['Microsoft Outlook', ['MS Office Suite']],
    ]);
    expect(phrasesOf('MS Office, especially Excel', 'Microsoft Excel')).toEqual(['MS Office', 'Excel']);
    // A posting asks for the suite, once; a part it names on its own is asked for on its own.
    expect(
      extractSkills('Proficiency in MS Office and strong Excel skills.', { kind: 'posting' }).map(
        (s) => s.name,
      ),
    ).toEqual(['Microsoft Office', 'Microsoft Excel']);
    // Its parts listed as its examples are phrases of that one ask, not four more.
    const suite = extractSkills(
      'Fluency in Microsoft Office suite (Outlook, Excel, Word, PowerPoint, etc.)',
      {
        kind: 'posting',
      },
    );
    expect(suite.map((s) => [s.name, s.phrases])).toEqual([
      ['Microsoft Office', ['Microsoft Office suite', 'Outlook', 'Excel', 'Word', 'PowerPoint']],
    ]);
  });

  it('names a degree with the word "degree" and its subject as written, and degrees offered side by side together', () => {
    expect(
      phrasesOf('Master of Science degree in Engineering or equivalent', "Master's Degree", 'posting'),
    ).toEqual(['Master of Science degree', 'Master of Science degree in Engineering']);
    const offered = extractSkills('Bachelor or Masters degree in Physics', { kind: 'posting' });
    expect(offered.filter((s) => s.category === 'education').map((s) => [s.name, s.phrases])).toEqual([
      ["Bachelor's Degree", ['Bachelor or Masters degree', 'Bachelor or Masters degree in Physics']],
      ["Master's Degree", ['Bachelor or Masters degree', 'Bachelor or Masters degree in Physics']],
    ]);
    // "degree" after a degree's name is that degree, not another one.
    expect(extractSkills('MSc degree required', { kind: 'posting' }).map((s) => s.name)).toEqual([
      "Master's Degree",
    ]);
    expect(phrasesOf('An academic degree and SQL', "Bachelor's Degree", 'posting')).toEqual([
      'academic degree',
    ]);
  });
});
