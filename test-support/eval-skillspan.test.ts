import { describe, expect, it } from 'vitest';
import { evaluateSkillSpan } from './eval-skillspan';

const line = (text: string, knowledge: string[]) => JSON.stringify({ text, knowledge, skills: [] });

describe('evaluateSkillSpan', () => {
  it('scores tool-level and all-span recall and counts skills per posting', () => {
    const jsonl = [
      line('Requirements\nDocker and Jenkins experience. Agile mindset.', [
        'docker',
        'Jenkins',
        'agile',
        'testing pyramid',
      ]),
      line('Knowledge of Kubernetes.', ['Kubernetes', 'kubernetes architecture']),
    ].join('\n');
    const score = evaluateSkillSpan(`${jsonl}\n`);
    expect(score.postings).toBe(2);
    expect(score.toolSpans).toBe(4);
    expect(score.recall).toBe(1);
    expect(score.allSpans).toBe(6);
    expect(score.recallAllSpans).toBeCloseTo(5 / 6);
    expect(score.avgSkillsPerPosting).toBe(2);
  });
});
