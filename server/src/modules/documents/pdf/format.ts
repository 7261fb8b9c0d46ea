import type { PaymentMethod } from '@modern-emr/domain';

// en-GB gives the day-first order Nigerian clinics write ("23 Nov 2026"), whatever the server's locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: '2-digit',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** "23 Nov 2026" in the clinic's zone. */
export function formatDate(date: Date, timeZone: string): string {
  return formatter(timeZone, false).format(date);
}

/** "23 Nov 2026 14:05" in the clinic's zone (no comma, so it fits a narrow table column). */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatter(timeZone, true).format(date).replace(', ', ' ');
}

const METHOD_LABELS: Record<PaymentMethod, string> = {
  CASH: 'Cash',
  POS: 'POS (card)',
  TRANSFER: 'Bank transfer',
  WALLET: 'Wallet',
  ONLINE: 'Online',
};

export function methodLabel(method: PaymentMethod): string {
  return METHOD_LABELS[method];
}
