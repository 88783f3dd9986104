import { Button } from '@/components/ui/Button';
import { NavLink } from '@/components/layout/NavLink';

/** The recruiter's own menu, under the site header: their sections, who is signed in, and signing out. */
export function RecruiterNav({ email, signOut }: { email: string; signOut: () => Promise<void> }) {
  return (
    <div className="mb-5 flex flex-wrap items-center justify-between gap-x-3 gap-y-2 border-b border-slate-200 pb-3 sm:mb-8">
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
      {/* On a phone the email and the button share a line ("Signed in as" is left to screen readers there), so a page's
          own content starts a line higher. */}
      <form
        action={signOut}
        className="flex items-center gap-3 text-sm text-slate-700 max-sm:w-full max-sm:justify-between sm:flex-wrap"
      >
        <span className="min-w-0">
          <span className="max-sm:sr-only">Signed in as </span>
          <span className="font-semibold break-all">{email}</span>
        </span>
        <Button type="submit" variant="secondary" className="shrink-0 max-sm:px-3 max-sm:py-1.5">
          Sign out
        </Button>
      </form>
    </div>
  );
}
