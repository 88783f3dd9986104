import { DEMO_JOBS } from '../db/demo-jobs';
import { extractSkills } from '../lib/skills';
for (const j of DEMO_JOBS) {
  const s = extractSkills(`${j.title}\n${j.description}`, { kind: 'posting' });
  console.log(j.title, '::', s.map((x) => `${x.name}${x.level === 'preferred' ? '*' : ''}`).join(', '));
}
const ml = DEMO_JOBS[0]!;
for (const s of extractSkills(ml.description, { kind: 'posting' })) if (/Pharmacy|Theatre/.test(s.name)) console.log(s);
