import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/LoginForm';
import { Card } from '@/components/ui/Card';
import { safeNextPath } from '@/lib/auth/cookie';
import { ensureDemoRecruiter, needsSetup } from '@/services/auth';
import { currentRecruiter } from '@/services/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

const ERRORS: Record<string, string> = {
  invalid: 'Wrong email or password.',
  rate: 'Too many sign-in attempts. Try again in 15 minutes.',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  await ensureDemoRecruiter();
  if (await needsSetup()) redirect('/setup');
  if (await currentRecruiter()) redirect(next);

  return (
    <div className="max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
        <p className="text-slate-700">
          Recruiters sign in to post jobs and see candidates ranked. Candidates need no account.
        </p>
      </div>
      <Card>
        <LoginForm next={next} initialError={ERRORS[first(params.error) ?? ''] ?? null} />
      </Card>
      <p className="text-sm text-slate-600">
        No account yet? Ask a colleague who has one to add you on their Team page.
      </p>
    </div>
  );
}
