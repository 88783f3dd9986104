'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';

/**
 * Posts to /api/session, which answers 401 or 429 in JSON; without JavaScript the same form posts as form data and
 * the server redirects back here with the error in the address.
 */
export function LoginForm({ next, initialError }: { next: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password'), next }),
      });
      const payload = (await res.json().catch(() => null)) as { next?: string; error?: string } | null;
      if (res.ok) {
        // A full load, so every part of the page (the recruiter menu too) renders signed in.
        window.location.assign(payload?.next ?? next);
        return;
      }
      setError(payload?.error ?? `Signing in failed (HTTP ${res.status}). Try again.`);
    } catch {
      setError('Rolefit could not be reached. Check that the app is still running, then try again.');
    }
    setPending(false);
  }

  return (
    <form action="/api/session" method="post" onSubmit={onSubmit} className="space-y-4">
      {error ? (
        <Alert tone="error" role="alert">
          {error}
        </Alert>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label="Email" type="email" autoComplete="username" required />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
