import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@modern-emr/domain';
import { expect } from 'vitest';

/**
 * Asserts that the server refused with `code`: the body's `error.code`, and the HTTP status the
 * domain's ERROR_STATUS map gives that code (so a test cannot pair a code with another status).
 */
export function expectRefusal(response: { status: number; body: unknown }, code: ErrorCode): void {
  const body = response.body as Partial<ErrorBody> | undefined;
  expect({ status: response.status, code: body?.error?.code }).toEqual({ status: ERROR_STATUS[code], code });
}
