/**
 * Runs once when the server starts: opens the database and resumes any processing a crash or restart cut
 * short, so acknowledged uploads finish without waiting for the next visitor. Never during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { ensureReady } = await import('./services/startup');
  ensureReady().catch((err: unknown) => console.error('Rolefit could not start:', err));
}
