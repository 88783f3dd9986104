import { redirect } from 'next/navigation';

// never, not void: the page renders nothing, and a page that returns void is not a page (strict route types).
export default function RecruiterHome(): never {
  redirect('/recruiter/jobs');
}
