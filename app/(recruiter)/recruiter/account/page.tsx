import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/auth/ChangePasswordForm';
import { SignOutEverywhere } from '@/components/auth/SignOutEverywhere';
import { Card } from '@/components/ui/Card';
import { requireRecruiter } from '@/services/session';
import { changePasswordAction, signOutEverywhere } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const recruiter = await requireRecruiter('/recruiter/account');

  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Account</h1>
        <p className="text-slate-700">
          You sign in as <span className="font-semibold break-all">{recruiter.email}</span>.
        </p>
      </div>

      <section aria-labelledby="password-heading" className="max-w-md space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">
          Change your password
        </h2>
        <Card>
          <ChangePasswordForm action={changePasswordAction} />
        </Card>
      </section>

      <section aria-labelledby="everywhere-heading" className="max-w-md space-y-3">
        <h2 id="everywhere-heading" className="text-xl font-semibold">
          Sign out everywhere
        </h2>
        <Card>
          <SignOutEverywhere action={signOutEverywhere} />
        </Card>
      </section>
    </div>
  );
}
