import type {
  DEPOSIT_METHODS,
  WalletDepositCreated,
  WalletDepositRequest,
  WalletView,
} from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';
import { postIdempotent } from './idempotent-post';

export type DepositMethod = (typeof DEPOSIT_METHODS)[number];

const walletUrl = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}/wallet`;

/** The balance and one page of the ledger, newest first. */
export function getWallet(
  patientId: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<WalletView> {
  return api.get(`${walletUrl(patientId)}${queryString({ page, pageSize })}`, signal);
}

export function deposit(
  patientId: string,
  key: string,
  body: WalletDepositRequest,
): Promise<WalletDepositCreated> {
  return postIdempotent(walletUrl(patientId), key, body);
}
