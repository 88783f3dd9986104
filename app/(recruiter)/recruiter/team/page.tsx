import type { Metadata } from 'next';
import { AccountForm } from '@/components/auth/AccountForm';
import { Card } from '@/components/ui/Card';
import { requireRecruiter } from '@/services/session';
import { addRecruiter } from './actions';
import { listRecruiterAccounts } from '@/services/auth';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Team' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export default async function TeamPage() {
  const me = await requireRecruiter('/recruiter/team');
  const recruiters = await listRecruiterAccounts();

  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Team</h1>
        <p className="text-slate-700">
          Everyone who can sign in as a recruiter. Each recruiter sees the jobs they posted and the shared
          board, never a colleague&apos;s jobs; every recruiter sees the candidates.
        </p>
      </div>

      <section aria-labelledby="members-heading" className="max-w-3xl space-y-3">
        <h2 id="members-heading" className="text-xl font-semibold">
          Recruiters ({recruiters.length})
        </h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {recruiters.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-2 px-4 py-3 text-sm">
              <span className="font-semibold break-all">
                {r.email}
                {r.id === me.id ? <span className="font-normal text-slate-600"> (you)</span> : null}
              </span>
              <span className="text-slate-600">since {dateFormat.format(r.createdAt)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="add-heading" className="max-w-md space-y-3">
        <h2 id="add-heading" className="text-xl font-semibold">
          Add a recruiter
        </h2>
        <Card>
          <AccountForm
            action={addRecruiter}
            submitLabel="Add recruiter"
            pendingLabel="Adding…"
            passwordLabel="Their first password"
          />
        </Card>
      </section>
    </div>
  );
}
