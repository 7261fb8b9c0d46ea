import { AppError } from '../../http/app-error';

export const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'Wrong username or password');

export function accountLocked(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError(
    'ACCOUNT_LOCKED',
    'Too many failed sign-ins; the account is locked for now',
    { retryAfterSeconds: seconds },
    { 'retry-after': String(seconds) },
  );
}

/** A field-level refusal in the same shape as schema validation errors. */
export function invalidField(path: string, messages: string[]): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    'The request is invalid',
    messages.map((message) => ({ path, message })),
  );
}
