import { Button } from '@/components/ui/Button';
import { NavLink } from '@/components/layout/NavLink';

/** The recruiter's own menu, under the site header: their sections, who is signed in, and signing out. */
export function RecruiterNav({ email, signOut }: { email: string; signOut: () => Promise<void> }) {
  return (
    <div className="mb-6 flex flex-wrap sm:mb-8 items-center justify-between gap-3 border-b border-slate-200 pb-3">
      <nav aria-label="Recruiter">
        <ul className="flex flex-wrap gap-2 sm:gap-4">
          <li>
            <NavLink href="/recruiter/jobs" section="/recruiter/jobs">
              Jobs
            </NavLink>
          </li>
          <li>
            <NavLink href="/recruiter/tokens" section="/recruiter/tokens">
              API tokens
            </NavLink>
          </li>
          <li>
            <NavLink href="/recruiter/team" section="/recruiter/team">
              Team
            </NavLink>
          </li>
          <li>
            <NavLink href="/recruiter/account" section="/recruiter/account">
              Account
            </NavLink>
          </li>
        </ul>
      </nav>
      <form action={signOut} className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <span>
          Signed in as <span className="font-semibold break-all">{email}</span>
        </span>
        <Button type="submit" variant="secondary">
          Sign out
        </Button>
      </form>
    </div>
  );
}
