import type { PaymentMethod } from '@modern-emr/domain';

export const METHOD_LABELS: Record<PaymentMethod, string> = {
  CASH: 'Cash',
  POS: 'POS (card)',
  TRANSFER: 'Bank transfer',
  WALLET: 'Wallet',
  ONLINE: 'Online',
};
