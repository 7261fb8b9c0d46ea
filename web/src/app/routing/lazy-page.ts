import type { ReactElement } from 'react';

/**
 * The code of a page could not be fetched: the line is down, or (after a release) the file this
 * tab asks for no longer exists because the service worker and the server moved on to the new
 * release's files. RouteErrorPage reloads once for it, which brings this tab onto the new release.
 */
export class PageCodeUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The code of this page could not be loaded', { cause });
    this.name = 'PageCodeUnavailableError';
  }
}

/**
 * Fetches a page's code the first time it is opened. Any failure of the import itself becomes a
 * PageCodeUnavailableError, so the error page can tell "missing code" from a page that crashed.
 */
export async function loadPage(load: () => Promise<ReactElement>): Promise<ReactElement> {
  try {
    return await load();
  } catch (cause) {
    throw new PageCodeUnavailableError(cause);
  }
}

const RELOAD_KEY = 'modern-emr:page-code-reload';
/** Another missing chunk within this long after a reload is not a stale tab: stop reloading. */
const RELOAD_GUARD_MS = 60_000;

/**
 * Reloads the document once when a page's code is missing, so a tab opened before a release
 * fetches the new release instead of files that are gone. A second failure soon after (the file is
 * missing in the new release too, or the server keeps failing) is shown rather than reloaded, so
 * the tab never loops. Offline, a reload cannot help and would lose the page: returns false.
 */
export function reloadForNewRelease(now = Date.now()): boolean {
  if (!navigator.onLine) return false;
  const last = Number(sessionStorage.getItem(RELOAD_KEY));
  if (Number.isFinite(last) && now - last < RELOAD_GUARD_MS) return false;
  sessionStorage.setItem(RELOAD_KEY, String(now));
  window.location.reload();
  return true;
}
