'use server';

import { redirect } from 'next/navigation';
import { endSession } from '@/services/session';

export async function signOut(): Promise<void> {
  await endSession();
  redirect('/login');
}
