import tseslint from 'typescript-eslint';

// The layers (README, "Architecture"): app/ → services/ → db/ → lib/, with components/ beside app/ for the UI. Each may
// import only the layers below it; a regex matches an import by alias (@/db/...) or by relative path (../db/...).
const layer = (name) => `^(@/|(\\.\\./)+)${name}(/|$)`;
const forbid = (name, message, extra = {}) => ({ regex: layer(name), message, ...extra });
const boundaries = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
const UP = 'imports run down the layers: app → services → db → lib.';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'dist/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  boundaries(['app/**'], [forbid('db', `app/ reaches the database through services/ only: ${UP}`)]),
  boundaries(
    ['components/**'],
    [
      forbid('db', `components/ receive read models; they never import db/: ${UP}`),
      forbid(
        'services',
        'components/ may import only types from services/ (read models, form states): use `import type`.',
        {
          allowTypeImports: true,
        },
      ),
      forbid('app', `components/ are used by app/, never the other way: ${UP}`),
    ],
  ),
  boundaries(
    ['services/**'],
    [
      forbid('app', `services/ know nothing of routes: ${UP}`),
      forbid('components', `services/ know nothing of the UI; form states live in services/: ${UP}`),
    ],
  ),
  boundaries(
    ['db/**'],
    [
      forbid('services', `db/ is persistence only: ${UP}`),
      forbid('app', `db/ is persistence only: ${UP}`),
      forbid('components', `db/ is persistence only: ${UP}`),
    ],
  ),
  boundaries(
    ['lib/**'],
    [
      forbid(
        'services',
        `lib/ is the domain, plain TypeScript that knows nothing of the app or the database: ${UP}`,
      ),
      forbid(
        'db',
        `lib/ is the domain, plain TypeScript that knows nothing of the app or the database: ${UP}`,
      ),
      forbid(
        'app',
        `lib/ is the domain, plain TypeScript that knows nothing of the app or the database: ${UP}`,
      ),
      forbid(
        'components',
        `lib/ is the domain, plain TypeScript that knows nothing of the app or the database: ${UP}`,
      ),
    ],
  ),
);
