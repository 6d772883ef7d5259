/**
 * An error whose message is meant for the person using the bot ("That question no longer exists").
 * Domain code throws it; the Discord error boundary shows `publicMessage` ephemerally and does not
 * log it as a fault. Anything that is not a UserError is treated as a bug: logged, and the user
 * gets an apology naming the interaction id.
 */
export class UserError extends Error {
  constructor(
    readonly publicMessage: string,
    options?: { cause?: unknown },
  ) {
    super(publicMessage, options);
    this.name = 'UserError';
  }
}

/** True for a UserError. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
