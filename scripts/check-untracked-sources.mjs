// Fails when a source file is hidden by .gitignore: it works here but never reaches a clone (as once happened to a
// route folder named `data`, caught by `data/` meant for ./data). Part of `npm run lint`.
import { execFileSync } from 'node:child_process';

const SOURCES = ['app', 'components', 'lib', 'db', 'services', 'cli', 'e2e', 'e2e-instances', 'scripts', 'test-support', 'public', 'bin'];
const hidden = execFileSync('git', ['ls-files', '--others', '--ignored', '--exclude-standard', '--', ...SOURCES], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && !f.startsWith('e2e/.auth/') && !f.startsWith('scripts/tmp/'));
if (hidden.length) {
  console.error(`These source files are ignored by git, so a clone would lack them:\n  ${hidden.join('\n  ')}`);
  process.exit(1);
}
