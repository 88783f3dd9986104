'use client';

import { useEffect, useRef, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { Button } from '@/components/ui/Button';

/**
 * Deleting is permanent, so it takes two steps: "Delete everything" opens a confirmation that says what goes, and only
 * its own button deletes. Focus moves into the confirmation and back to the first button on cancel.
 */
export function DeleteEverything({ filename, action }: { filename: string; action: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeadingRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <Button ref={openRef} onClick={() => setConfirming(true)} className="bg-red-700 hover:bg-red-800">
        Delete everything
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby="confirm-delete-heading"
      className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4"
    >
      <h3
        id="confirm-delete-heading"
        ref={confirmHeadingRef}
        tabIndex={-1}
        className="font-semibold text-red-900"
      >
        Delete {filename} and everything made from it?
      </h3>
      <p className="text-sm text-red-950">
        The file, its text, its passages and vectors, its skills and your corrections, and every job score go,
        for you and for recruiters. This cannot be undone, and this private link stops working.
      </p>
      <form action={action} className="flex flex-wrap gap-2">
        <ConfirmButton />
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Cancel, keep my data
        </Button>
      </form>
    </div>
  );
}

function ConfirmButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} className="bg-red-700 hover:bg-red-800">
      {pending ? 'Deleting…' : 'Yes, delete everything'}
    </Button>
  );
}
