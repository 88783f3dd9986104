import { describe, expect, it } from 'vitest';
import { applySkillCorrections, canonicalSkillName, withCorrection } from './corrections';
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
  it('removes wrongly found skills and adds missing ones', () => {
    const out = applySkillCorrections([skill('Python'), skill('Theatre')], {
      added: ['Kubernetes'],
      removed: ['Theatre'],
    });
    expect(out.map((s) => s.name)).toEqual(['Python', 'Kubernetes']);
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
