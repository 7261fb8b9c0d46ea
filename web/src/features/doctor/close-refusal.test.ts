import { describe, expect, test } from 'vitest';
import { ApiError } from '../../lib/api';
import { closeRefusalWords } from './close-refusal';

const refusal = (code: string, details?: unknown) => new ApiError(409, code, 'server wording', details);

describe('closeRefusalWords', () => {
  test('names what to do for each reason the server gives', () => {
    expect(closeRefusalWords(refusal('CONSULTATION_REQUIRED'), 0)).toMatch(/Complete the consultation/);
    expect(closeRefusalWords(refusal('REFUND_PENDING'), 0)).toMatch(/refund .* waiting for an administrator/);
    expect(closeRefusalWords(refusal('OUTSTANDING_BALANCE', { outstanding: 250_050 }), 0)).toContain(
      '₦ 2,500.50',
    );
  });

  test('falls back to the server message for a reason it does not know', () => {
    expect(closeRefusalWords(refusal('SOMETHING_NEW'), 0)).toBe('server wording');
  });
});
