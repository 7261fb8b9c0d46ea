import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium keeps dialling Google services, which
    // fails noisily on CI machines with no outside network.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface CspViolation {
  source: 'event' | 'console';
  text: string;
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every Content-Security-Policy violation seen so far, from events and from the console. */
  cspViolations: CspViolation[];
  /** Console errors other than CSP violations (failed requests while offline are expected). */
  consoleErrors: string[];
}

/**
 * A fresh context (no service worker, no cache) whose pages report CSP violations to the test.
 * The listener is installed through DevTools, so the page's own CSP cannot block it.
 */
export async function openWatchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const cspViolations: CspViolation[] = [];
  const consoleErrors: string[] = [];

  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push({ source: 'event', text });
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => void })
      .__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (/content security policy/i.test(text)) cspViolations.push({ source: 'console', text });
    else if (message.type() === 'error') consoleErrors.push(text);
  });
  return { context, page, cspViolations, consoleErrors };
}
