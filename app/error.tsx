'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/Button';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;

  return (
    <div role="alert" className="max-w-xl space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-slate-700">
        This page could not be loaded. Try again in a moment; if it keeps happening, check the server log
        {digest ? ` for error ${digest}` : ''}.
      </p>
      <Button onClick={() => retry()}>Try again</Button>
    </div>
  );
}
