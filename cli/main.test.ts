import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real command, the real model: what a user runs after npm install.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-cli-'));
const fixtures = path.resolve('e2e/fixtures');
const job = path.join(fixtures, 'posting-ml-engineer-hybrid.txt');
const mlPdf = path.join(fixtures, 'resume-ml-engineer.pdf');
const nurse = path.join(fixtures, 'resume-nurse.pdf');
const accountant = path.join(fixtures, 'resume-accountant.txt');

function rolefit(...args: string[]) {
  const res = spawnSync(process.execPath, ['bin/rolefit.mjs', ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

function cachedFiles(): number {
  const dir = path.join(dataDir, 'cache', 'vectors');
  return fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.f32')).length
    : 0;
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('rolefit CLI', () => {
  it('lists a posting’s skills with levels', () => {
    const { code, stdout } = rolefit('skills', job);
    expect(code).toBe(0);
    const { skills } = JSON.parse(stdout) as { skills: { name: string; level: string }[] };
    expect(skills).toContainEqual(expect.objectContaining({ name: 'Kubernetes', level: 'required' }));
    expect(skills).toContainEqual(expect.objectContaining({ name: 'MLflow', level: 'required' }));
    expect(skills).toContainEqual(
      expect.objectContaining({ name: 'Kubernetes', phrases: expect.arrayContaining([expect.any(String)]) }),
    );
  });

  it('matches a resume to a job with the missing skills and requirement evidence', () => {
    const { code, stdout } = rolefit('match', '--job', job, '--resume', mlPdf);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.score).toBeGreaterThanOrEqual(0);
    expect(out.score).toBeLessThanOrEqual(100);
    const names = (list: { name: string; phrases: string[] }[]) => list.map((s) => s.name);
    expect(names(out.skills.missing.required)).toEqual(expect.arrayContaining(['Kubernetes', 'MLflow']));
    expect(names(out.skills.matched)).toEqual(expect.arrayContaining(['Python', 'PyTorch']));
    // Each skill carries the phrases of the text that named it.
    for (const s of [...out.skills.matched, ...out.skills.missing.required])
      expect(s.phrases.length).toBeGreaterThan(0);
    expect(out.skills.matched.find((s: { name: string }) => s.name === 'PyTorch').phrases).toContain(
      'PyTorch',
    );
    // A covered requirement that names a skill cites one line, never a whole section.
    for (const r of out.requirements as { covered: boolean; evidence: string | null; named?: unknown[] }[])
      if (r.covered && r.named) expect(r.evidence!.split('\n')).toHaveLength(1);
    expect(
      out.requirements.some((r: { covered: boolean; evidence: string | null }) => r.covered && r.evidence),
    ).toBe(true);
  });

  it('ranks resumes for a job best first, and embeds each file once across runs', () => {
    const first = rolefit('rank', '--job', job, accountant, nurse, mlPdf);
    expect(first.code).toBe(0);
    const ranked = JSON.parse(first.stdout) as { file: string; score: number }[];
    expect(ranked.map((r) => r.file)[0]).toBe(mlPdf);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
    const cached = cachedFiles();
    rolefit('rank', '--job', job, accountant, nurse, mlPdf);
    expect(cachedFiles()).toBe(cached);
  });

  it('ranks jobs for a resume', () => {
    const { code, stdout } = rolefit(
      'rank',
      '--resume',
      accountant,
      job,
      path.join(fixtures, 'resume-frontend.md'),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it('explains bad input on stderr with a non-zero exit', () => {
    const missing = rolefit('match', '--job', job, '--resume', '/nonexistent/cv.pdf');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    const corrupt = rolefit('skills', path.join(fixtures, 'corrupt.pdf'));
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/could not be read/i);
    const usage = rolefit('rank', job);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/--job|--resume/);
  });
});
