import { describe, expect, it } from 'vitest';
import type { GapAdvice } from './advice';
import { applySkillCorrections, canonicalSkillName, noteClaimedGaps, withCorrection } from './corrections';
import type { ResumeSkill } from './prepare';

const skill = (name: string): ResumeSkill => ({
  name,
  category: 'x',
  level: 'required',
  mentions: 1,
  evidence: '',
  phrases: [name],
  years: null,
});

describe('skill corrections', () => {
  it('removes wrongly found skills, and keeps added ones apart as claims', () => {
    const out = applySkillCorrections([skill('Python'), skill('Theatre')], {
      added: ['Kubernetes', 'Python', 'Kubernetes'],
      removed: ['Theatre'],
    });
    expect(out.skills.map((s) => s.name)).toEqual(['Python']);
    // Python is in the resume already, so it is no claim.
    expect(out.claimed).toEqual(['Kubernetes']);
  });

  it('reads a correction stored under a name the taxonomy has since changed by the name it has now', () => {
    const out = applySkillCorrections([skill('Employment Law'), skill('Payroll')], {
      added: ['labour law', 'Labour Law'],
      removed: ['Labour Law'],
    });
    expect(out.skills.map((s) => s.name)).toEqual(['Payroll']);
    expect(out.claimed).toEqual([]);
  });

  it('notes a claim in the gap advice for a skill the resume still lacks', () => {
    const gap = (skill: string): GapAdvice => ({
      skill,
      level: 'required',
      status: 'absent',
      requirement: null,
      evidence: null,
      advice: `Your resume does not show ${skill}.`,
    });
    const plan = { required: [gap('Kubernetes'), gap('MLflow')], preferred: [gap('Helm')], keywordTips: [] };
    const noted = noteClaimedGaps(plan, {
      claimed: [{ name: 'Kubernetes' }, { name: 'Helm', via: 'Argo CD' }],
    });
    expect(noted.required.map((g) => g.advice)).toEqual([
      'You added Kubernetes yourself: it is your claim (recruiters who can see your resume see it marked as one), and it does not count in your score until your resume shows it. Your resume does not show Kubernetes.',
      'Your resume does not show MLflow.',
    ]);
    expect(noted.preferred[0]!.advice).toMatch(/^You added Argo CD, which implies Helm: /);
    expect(noteClaimedGaps(plan, {})).toBe(plan);
  });

  it('maps typed names to the taxonomy', () => {
    expect(canonicalSkillName('  k8s ')).toBe('Kubernetes');
    expect(canonicalSkillName('Underwater basket weaving')).toBe('Underwater basket weaving');
    expect(canonicalSkillName('   ')).toBeNull();
  });

  it('lets a candidate undo a correction', () => {
    const added = withCorrection({ added: [], removed: [] }, 'add', 'MLflow');
    expect(added).toEqual({ added: ['MLflow'], removed: [] });
    expect(withCorrection(added, 'remove', 'MLflow')).toEqual({ added: [], removed: [] });
    const removed = withCorrection({ added: [], removed: [] }, 'remove', 'Go');
    expect(withCorrection(removed, 'add', 'Go')).toEqual({ added: [], removed: [] });
  });
});
