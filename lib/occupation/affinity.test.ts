import { describe, expect, it } from 'vitest';
import { occupationAffinity } from './affinity';
import { classifyTitle } from './classify';

const occ = (code: string) => ({ code, isco: code.slice(0, 4) });

describe('occupationAffinity', () => {
  it('scores by the ISCO groups two occupations share', () => {
    expect(occupationAffinity(occ('2411.1'), occ('2411.1'))).toBe(1);
    expect(occupationAffinity(occ('2411.1'), occ('2411.1.8'))).toBe(0.95);
    expect(occupationAffinity(occ('2511.3'), occ('2511.4'))).toBe(0.85);
    expect(occupationAffinity(occ('2511.3'), occ('2512.4'))).toBe(0.6);
    expect(occupationAffinity(occ('2511.3'), occ('2521.1'))).toBe(0.35);
    expect(occupationAffinity(occ('2511.3'), occ('2411.1'))).toBe(0.15);
    expect(occupationAffinity(occ('2511.3'), occ('4132.1'))).toBe(0);
  });

  it('is null when either side is unknown', () => {
    expect(occupationAffinity(null, occ('2411.1'))).toBeNull();
    expect(occupationAffinity(occ('2411.1'), null)).toBeNull();
  });

  it('puts related professions above unrelated ones', () => {
    const [analyst, scientist, accountant, bpoLead, developer, itConsultant] = [
      'Data Analyst',
      'Senior Data Scientist',
      'Staff Accountant',
      'BPO Team Leader',
      'Full Stack Developer',
      'IT Consultant',
    ].map((t) => classifyTitle(t)!);
    expect(occupationAffinity(analyst!, scientist!)).toBeGreaterThan(
      occupationAffinity(analyst!, accountant!)!,
    );
    expect(occupationAffinity(analyst!, accountant!)).toBeGreaterThan(
      occupationAffinity(analyst!, bpoLead!)!,
    );
    expect(occupationAffinity(itConsultant!, developer!)).toBeGreaterThan(
      occupationAffinity(itConsultant!, accountant!)!,
    );
  });
});
