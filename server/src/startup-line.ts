import { DEMO_USERS } from './seed/demo-users';

export interface StartupFacts {
  isProduction: boolean;
  /** The address the server listens on, as configured (HOST). */
  host: string;
  /** The port it actually listens on. */
  port: number;
  /** The demo users' password when demo data was loaded at this start; undefined otherwise. */
  demoPassword: string | undefined;
}

/** A wildcard or loopback address is opened in the browser as localhost. */
function browserHost(host: string): string {
  if (['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

// spec: LOG-NOISE-1
/**
 * The one human line a developer or a clinic trying the demo reads among the JSON logs: where to
 * open the app and how to sign in. Production prints none (its logs are for machines, and it has no
 * demo users); the demo password is shown only when the demo users were loaded.
 */
export function startupLine(facts: StartupFacts): string | undefined {
  if (facts.isProduction) return undefined;
  const running = `Modern EMR is running at http://${browserHost(facts.host)}:${facts.port}`;
  if (facts.demoPassword === undefined) return running;
  const usernames = DEMO_USERS.map((u) => u.username).join(', ');
  return `${running} — demo sign-ins: ${usernames} / password ${facts.demoPassword}`;
}
