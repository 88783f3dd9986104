'use client';

import { useEffect, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/Button';

const SUBJECT = 'My Rolefit matches (private link)';

/** Copy the private link, or send it to oneself: the link is the only way back to these results. */
export function PrivateLinkActions() {
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => setUrl(window.location.href.split('#')[0]!), []);
  const mailto = `mailto:?subject=${encodeURIComponent(SUBJECT)}${
    url ? `&body=${encodeURIComponent(`My Rolefit matches, private to me:\n${url}`)}` : ''
  }`;
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <Button
        type="button"
        variant="secondary"
        disabled={!url}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url!);
            setCopied('yes');
          } catch {
            setCopied('failed');
          }
        }}
      >
        Copy link
      </Button>
      <a href={mailto} className={buttonClasses('secondary')}>
        Email me this link
      </a>
      <span role="status" className="text-sm text-slate-700">
        {copied === 'yes'
          ? 'Link copied.'
          : copied === 'failed'
            ? 'Your browser did not allow copying: copy the address from the address bar.'
            : ''}
      </span>
    </div>
  );
}
