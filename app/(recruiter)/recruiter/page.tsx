import { redirect } from 'next/navigation';

export default function RecruiterHome() {
  redirect('/recruiter/jobs');
}
