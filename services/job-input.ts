import { z } from 'zod';
import { normalizeText } from '../lib/ingest/normalize';

export const MAX_DESCRIPTION_CHARS = 50_000;

/** What a recruiter sends to post a job, from the form or the API. */
export const JobInputSchema = z.object({
  title: z
    .string()
    .trim()
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
  company: z.string().trim().max(200).optional().default(''),
  location: z.string().trim().max(200).optional().default(''),
});
export type JobInputData = z.infer<typeof JobInputSchema>;

export const JOB_FORM_FIELDS = ['title', 'company', 'location', 'description'] as const;
export type JobFormField = (typeof JOB_FORM_FIELDS)[number];

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
