import { paths } from '../../app/routing/paths';

const enc = encodeURIComponent;

export const visitBillingPath = (visitId: string) => paths.cashierVisit.replace(':id', enc(visitId));

export const walletPath = (patientId: string) => paths.cashierWallet.replace(':id', enc(patientId));

export const endOfDayPath = (date?: string) =>
  date ? `${paths.cashierEndOfDay}?date=${enc(date)}` : paths.cashierEndOfDay;
