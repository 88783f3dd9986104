#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx rolefit` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
// db/ and services/ are marked server-only: resolve that marker as Next's server does.
await import('./server-only.mjs');
const { main } = await import('../cli/main.ts');
const code = await main(process.argv.slice(2));
// The model and parser worker threads would keep the process alive: exit once the output is flushed.
process.stdout.write('', () => process.exit(code));
