import { ApiError } from '../../lib/api';
import { getSession, renewSession } from '../auth/session';

const enc = encodeURIComponent;

export type ReceiptFormat = 'a4' | 'thermal';

export const receiptPath = (paymentId: string, format: ReceiptFormat) =>
  `/api/v1/payments/${enc(paymentId)}/receipt.pdf?format=${format}`;

export const depositReceiptPath = (walletEntryId: string, format: ReceiptFormat) =>
  `/api/v1/wallet-entries/${enc(walletEntryId)}/receipt.pdf?format=${format}`;

export const invoicePath = (visitId: string) => `/api/v1/visits/${enc(visitId)}/invoice.pdf`;

export const statementPath = (visitId: string) => `/api/v1/visits/${enc(visitId)}/statement.pdf`;

async function fetchPdf(path: string): Promise<Response> {
  const token = getSession()?.accessToken;
  try {
    return await fetch(path, {
      headers: { accept: 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Cannot reach the server. Check the connection and try again.');
  }
}

/** The document as a blob, renewing an expired access token once like every other API call. */
export async function downloadPdf(path: string): Promise<Blob> {
  let response = await fetchPdf(path);
  if (response.status === 401 && (await renewSession()) === 'renewed') response = await fetchPdf(path);
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    const error =
      typeof payload === 'object' && payload !== null && 'error' in payload
        ? (payload.error as { code?: string; message?: string })
        : {};
    throw new ApiError(
      response.status,
      error.code ?? `HTTP_${response.status}`,
      error.message ?? 'The document could not be produced.',
    );
  }
  return response.blob();
}

// Long enough for the new tab to load the document; the URL is useless to anyone afterwards.
const REVOKE_AFTER_MS = 60_000;

/**
 * Opens a PDF in a new tab. PDFs need the bearer token, which a plain link cannot send, so the file
 * is fetched and shown from a blob URL. Returns the URL when the browser blocked the tab, so the page
 * can offer a link the user clicks themselves.
 */
export async function openPdf(path: string): Promise<string | null> {
  const url = URL.createObjectURL(await downloadPdf(path));
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  const tab = window.open(url, '_blank');
  return tab ? null : url;
}
