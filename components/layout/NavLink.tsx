'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** Marks the section the user is in with aria-current, which also drives the underline. */
export function NavLink({ href, section, children }: { href: string; section: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === section || pathname.startsWith(`${section}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className="rounded px-2 py-1 text-sm font-medium text-slate-700 underline-offset-4 hover:text-blue-700 hover:underline aria-[current=page]:text-blue-700 aria-[current=page]:underline"
    >
      {children}
    </Link>
  );
}
