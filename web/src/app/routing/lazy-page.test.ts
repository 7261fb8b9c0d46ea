import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadPage, PageCodeUnavailableError, reloadForNewRelease } from './lazy-page';

let reload: ReturnType<typeof vi.fn>;

beforeEach(() => {
  sessionStorage.clear();
  reload = vi.fn();
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
});

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('a page whose code is missing', () => {
  test('WEB-BUNDLE-1: a failed import is reported as missing page code, not as a crash', async () => {
    const failed = loadPage(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    await expect(failed).rejects.toBeInstanceOf(PageCodeUnavailableError);
  });

  test('WEB-BUNDLE-1: reloads once, and not again within a minute (no reload loop)', () => {
    const start = 1_000_000;
    expect(reloadForNewRelease(start)).toBe(true);
    expect(reloadForNewRelease(start + 5_000)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // A later release, hours on, is again one reload.
    expect(reloadForNewRelease(start + 3_600_000)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  test('WEB-BUNDLE-1: offline, it does not reload (a reload would lose the page)', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(reloadForNewRelease()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
