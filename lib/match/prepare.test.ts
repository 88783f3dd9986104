import { describe, expect, it } from 'vitest';
import { prepareJob } from './prepare';

describe('prepareJob', () => {
  it('does not let a requirement name a skill it mentions only as the name of a team', () => {
    const job = prepareJob(
      'Machine Learning Engineer',
      `Responsibilities
- Review code and help set engineering standards for the ML team
- Train machine learning models and ship them with the Python team, in Python`,
    );
    const skillsOf = (start: string) => job.requirements.find((r) => r.text.startsWith(start))?.skills;
    expect(skillsOf('Review code')).not.toContain('Machine Learning');
    expect(skillsOf('Train machine learning')).toEqual(
      expect.arrayContaining(['Machine Learning', 'Python']),
    );
    // The posting still asks for what the team is named after.
    expect(job.skills.map((s) => s.name)).toContain('Machine Learning');
  });
});
