import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { PrivateLinkActions } from './PrivateLinkActions';

/**
 * The page's address is the only key to it, so the candidate is told to keep it, and to keep it to themselves. Kept to
 * a line or two beside its buttons, so the matches start on the first screen; `children` adds a line under it.
 */
export function PrivateLinkNote({ children }: { children?: ReactNode }) {
  return (
    <Alert tone="info" title="This page is private to you">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <p className="min-w-0 flex-1 basis-80">
          Its address is your private link: bookmark it to come back. Anyone with the link can see and delete
          this resume, so share it only with people you trust.
        </p>
        <PrivateLinkActions />
      </div>
      {children ? <div className="mt-2">{children}</div> : null}
    </Alert>
  );
}
