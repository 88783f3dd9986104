/** An error whose message is safe and useful to show to the user, with the HTTP status it maps to. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}
