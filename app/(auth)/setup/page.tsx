import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AccountForm } from '@/components/auth/AccountForm';
import { Card } from '@/components/ui/Card';
import { ensureDemoRecruiter, needsSetup } from '@/services/auth';
import { setUp } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Set up Rolefit' };

/** Creates the first recruiter account; once any account exists this page only sends people to sign in. */
export default async function SetupPage() {
  await ensureDemoRecruiter();
  if (!(await needsSetup())) redirect('/login');
  return (
    <div className="max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Set up Rolefit</h1>
        <p className="text-slate-700">
          Create the first recruiter account. This page works once: after it, recruiters sign in, and add
          colleagues from their Team page.
        </p>
      </div>
      <Card>
        <AccountForm action={setUp} confirm submitLabel="Create account" pendingLabel="Creating account…" />
      </Card>
    </div>
  );
}
