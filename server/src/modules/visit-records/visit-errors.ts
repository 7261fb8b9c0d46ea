import type { VisitPaymentStatus } from '@modern-emr/domain';
import { AppError } from '../../http/app-error';

/** The same refusal whether the gate or the service (re-checking under the lock) sees it first. */
export const visitClosed = () =>
  new AppError('VISIT_CLOSED', 'The visit is closed; its record cannot change');

export const paymentNotCleared = (paymentStatus: VisitPaymentStatus) =>
  new AppError(
    'PAYMENT_NOT_CLEARED',
    'The visit must be paid, or authorised by the HMO, before the consultation',
    { paymentStatus },
  );
