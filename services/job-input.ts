import { z } from 'zod';

export const MAX_DESCRIPTION_CHARS = 50_000;

/** What a recruiter sends to post a job, from the form or the API. */
export const JobInputSchema = z.object({
  title: z.string().trim().min(2, 'Give the job a title of at least 2 characters.').max(200, 'Keep the title under 200 characters.'),
  description: z
    .string()
    .trim()
    .min(50, 'Paste the full job description (at least 50 characters) so requirements and skills can be found.')
    .max(MAX_DESCRIPTION_CHARS, 'The description is over 50,000 characters: paste only the posting itself.'),
  company: z.string().trim().max(200).optional().default(''),
  location: z.string().trim().max(200).optional().default(''),
});
export type JobInputData = z.infer<typeof JobInputSchema>;
