import type { Db } from '../../db/database';
import { getSettings } from '../settings';

/** How long the search box reads the MRN prefix and phone region from memory. */
const TTL_MS = 10_000;

interface SearchSettings {
  mrnPrefix: string;
  phoneRegion: string;
}

const cache = new WeakMap<Db, { settings: SearchSettings; expires: number }>();

/**
 * The two settings that decide how a search entry is read. Searching is the hottest request of the
 * front desk (search-as-you-type), and a settings read would be a third of its statements; an
 * administrator's change of prefix or region reaches the search box within TTL_MS. Nothing that
 * writes (registration, MRNs) reads them from here.
 */
export async function searchSettings(db: Db, now: number): Promise<SearchSettings> {
  const hit = cache.get(db);
  if (hit && hit.expires > now) return hit.settings;
  const { mrnPrefix, phoneRegion } = await getSettings(db);
  const settings = { mrnPrefix, phoneRegion };
  cache.set(db, { settings, expires: now + TTL_MS });
  return settings;
}
