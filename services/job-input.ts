import 'server-only';
import { z } from 'zod';
import type { ParsedBodyLimit } from '../lib/http/body';
import { hasNul, nulInField } from '../lib/http/text-fields';
import { normalizeText } from '../lib/ingest/normalize';

export const MAX_DESCRIPTION_CHARS = 50_000;

/**
 * The cap on a JSON job body: a 50,000-character description fits even written all as \uXXXX escapes (6 bytes
 * each), with room to spare for the other fields.
 */
export const JOB_BODY_LIMIT: ParsedBodyLimit = {
  maxBytes: 1024 * 1024,
  tooLarge:
    'The job is larger than 1 MB. Send only the posting: a title and a description of up to 50,000 characters.',
  malformed: 'Send a JSON body like {"title": "...", "description": "..."}.',
};

/** A short field typed by hand, which must not hold a NUL (a pasted description has it removed instead). */
const typedField = (field: string) =>
  z
    .string()
    .trim()
    .refine((value) => !hasNul(value), nulInField(field));

/** What a recruiter sends to post a job, from the form or the API. */
export const JobInputSchema = z.object({
  title: typedField('title')
    .min(2, 'Give the job a title of at least 2 characters.')
    .max(200, 'Keep the title under 200 characters.')
    .transform((t) => normalizeText(t).replace(/\s+/g, ' ').trim()),
  description: z
    .string()
    .trim()
    .min(
      50,
      'Paste the full job description (at least 50 characters) so requirements and skills can be found.',
    )
    .max(MAX_DESCRIPTION_CHARS, 'The description is over 50,000 characters: paste only the posting itself.')
    // Pasted text gets the same repair as an uploaded file: mojibake ("Masterâ€™s"), ligatures, odd spaces, bullets.
    .transform(normalizeText),
  company: typedField('company').max(200, 'Keep the company under 200 characters.').optional().default(''),
  location: typedField('location').max(200, 'Keep the location under 200 characters.').optional().default(''),
});
export type JobInputData = z.infer<typeof JobInputSchema>;

export const JOB_FORM_FIELDS = ['title', 'company', 'location', 'description'] as const;
export type JobFormField = (typeof JOB_FORM_FIELDS)[number];

/** What the add and edit job forms show after a submit: what was typed, and what to fix. */
export interface AddJobState {
  values: Record<JobFormField, string>;
  fieldErrors: Partial<Record<JobFormField, string>>;
  formError: string | null;
}

export type ParsedJobForm =
  | { ok: true; values: Record<JobFormField, string>; data: JobInputData }
  | { ok: false; values: Record<JobFormField, string>; fieldErrors: Partial<Record<JobFormField, string>> };

/** Reads the job form (add or edit) and validates it, keeping what was typed so the form can show it again. */
export function parseJobForm(formData: FormData): ParsedJobForm {
  const values = Object.fromEntries(
    JOB_FORM_FIELDS.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  ) as Record<JobFormField, string>;
  const parsed = JobInputSchema.safeParse(values);
  if (parsed.success) return { ok: true, values, data: parsed.data };
  const { fieldErrors } = z.flattenError(parsed.error);
  return {
    ok: false,
    values,
    fieldErrors: Object.fromEntries(JOB_FORM_FIELDS.map((name) => [name, fieldErrors[name]?.[0]])),
  };
}
