import type { ReactNode } from 'react';
import { RecruiterNav } from '@/components/auth/RecruiterNav';
import { currentRecruiter } from '@/services/session';
import { signOut } from './recruiter/actions';

// Shows the recruiter's menu only; each page checks the session itself (requireRecruiter), since layouts do not
// re-run on every navigation.
export default async function RecruiterLayout({ children }: { children: ReactNode }) {
  const recruiter = await currentRecruiter();
  return (
    <>
      {recruiter ? <RecruiterNav email={recruiter.email} signOut={signOut} /> : null}
      {children}
    </>
  );
}
