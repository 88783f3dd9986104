import Link from 'next/link';
import { NavLink } from './NavLink';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-slate-900">
          Rolefit
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-2 sm:gap-4">
            <li>
              <NavLink href="/candidate" section="/candidate">
                For candidates
              </NavLink>
            </li>
            <li>
              <NavLink href="/recruiter/jobs" section="/recruiter">
                For recruiters
              </NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
