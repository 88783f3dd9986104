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

  it('does not match an unrelated skill', () => {
    expect(skillMatchesLabel({ name: 'Python', phrases: ['Python'] }, 'Java')).toBe(false);
  });
});
