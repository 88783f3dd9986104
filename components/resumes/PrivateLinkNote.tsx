import { Alert } from '@/components/ui/Alert';
import { PrivateLinkActions } from './PrivateLinkActions';

/** The page's address is the only key to it, so the candidate is told to keep it, and to keep it to themselves. */
export function PrivateLinkNote() {
  return (
    <Alert tone="info" title="This page is private to you">
      <p>
        Its address is your private link: bookmark it to come back to your matches. Anyone with the link can
        see this resume and delete it, so share it only with people you trust.
      </p>
      <div className="mt-3">
        <PrivateLinkActions />
      </div>
    </Alert>
  );
}
