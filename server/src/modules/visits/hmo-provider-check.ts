import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { hmoProviders } from '../hmo';

/** Cover is attached only for a provider the clinic still bills. */
export async function requireActiveProvider(tx: Tx, providerId: string, path: string): Promise<void> {
  const [provider] = await tx
    .select({ active: hmoProviders.active })
    .from(hmoProviders)
    .where(eq(hmoProviders.id, providerId));
  if (!provider) {
    throw new AppError('VALIDATION_FAILED', 'Unknown HMO provider', [
      { path, message: 'no such HMO provider' },
    ]);
  }
  if (!provider.active) {
    throw new AppError('CONFLICT', 'The HMO provider is inactive; the clinic no longer bills it', {
      providerId,
    });
  }
}
