import 'server-only';
import {
  contactsOf,
  resumesWithSameEmail,
  type CandidateContact,
  type SameEmailResume,
} from '../db/candidate-contacts';

// Who a ranked candidate is: what their resume says of them, and the other resumes that share their email.

export type { CandidateContact, SameEmailResume };

export function candidateContacts(resumeIds: readonly string[]): Promise<Map<string, CandidateContact>> {
  return contactsOf(resumeIds);
}

export function sameEmailResumes(resumeId: string, jobId: string): Promise<SameEmailResume[]> {
  return resumesWithSameEmail(resumeId, jobId);
}
