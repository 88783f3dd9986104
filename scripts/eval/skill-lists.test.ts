import { describe, expect, it } from 'vitest';
import { skillKey, skillMatchesLabel } from './skill-lists';

describe('skillKey', () => {
  it('ignores case, punctuation and spacing but keeps + and #', () => {
    expect(skillKey(' MS-Excel ')).toBe('ms excel');
    expect(skillKey('C++')).toBe('c++');
    expect(skillKey('C#')).toBe('c#');
  });
});

describe('skillMatchesLabel', () => {
  it('matches the name or one of the phrases the text used', () => {
    expect(skillMatchesLabel({ name: 'Git' }, 'git')).toBe(true);
    expect(skillMatchesLabel({ name: 'Microsoft Excel', phrases: ['MS Excel'] }, 'MS-Excel')).toBe(true);
  });

  it('matches a label that holds the name or a phrase as whole words, as the SkillSpan rows do', () => {
    expect(skillMatchesLabel({ name: 'SOX Compliance', phrases: ['SOX'] }, 'SOX controls')).toBe(true);
    expect(skillMatchesLabel({ name: 'Accounting', phrases: ['accounting'] }, 'general accounting')).toBe(
      true,
    );
    expect(skillMatchesLabel({ name: 'BLS', phrases: ['BLS'] }, 'Basic Life Support (BLS)')).toBe(true);
    expect(skillMatchesLabel({ name: 'Sales', phrases: ['sales'] }, 'wholesale')).toBe(false);
    expect(skillMatchesLabel({ name: '1099 Reporting', phrases: ['1099 forms'] }, '1099')).toBe(false);
  });

  it('does not match an unrelated skill', () => {
    expect(skillMatchesLabel({ name: 'Python', phrases: ['Python'] }, 'Java')).toBe(false);
  });
});
