import Link from 'next/link';
import type { ReactNode } from 'react';

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-1 text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
    >
      <span aria-hidden="true">←</span>
      {children}
    </Link>
  );
}
