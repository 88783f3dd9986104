import { describe, expect, it } from 'vitest';
import { UserError } from '../lib/http/errors';
import { uploadVisibility } from './resumes';

describe('uploadVisibility', () => {
  it('takes either choice, and keeps an upload that does not say private', () => {
    expect(uploadVisibility('recruiters')).toBe('recruiters');
    expect(uploadVisibility(' private ')).toBe('private');
    expect(uploadVisibility(undefined)).toBe('private');
  });

  it('refuses anything else with a 400 that names the two choices', () => {
    for (const sent of ['public', 'Recruiters', '', 'everyone']) {
      const error = (() => {
        try {
          uploadVisibility(sent);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error, sent).toBeInstanceOf(UserError);
      expect((error as UserError).status).toBe(400);
      expect((error as UserError).message).toMatch(/"recruiters".*"private"/);
    }
  });
});
