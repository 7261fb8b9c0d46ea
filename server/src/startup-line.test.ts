import { describe, expect, it } from 'vitest';
import { startupLine } from './startup-line';

const base = { isProduction: false, host: '127.0.0.1', port: 8080, demoPassword: undefined };

describe('the start-up line', () => {
  it('LOG-NOISE-1: names the URL, the demo usernames and their password when demo data was loaded', () => {
    expect(startupLine({ ...base, demoPassword: 'Demo-Clinic-2026!' })).toBe(
      'Modern EMR is running at http://localhost:8080 — demo sign-ins: admin, reception, cashier, ' +
        'doctor, nurse, lab, radiology, pharmacy / password Demo-Clinic-2026!',
    );
  });

  it('gives only the URL without demo data', () => {
    expect(startupLine(base)).toBe('Modern EMR is running at http://localhost:8080');
    expect(startupLine({ ...base, host: '0.0.0.0', port: 3000 })).toBe(
      'Modern EMR is running at http://localhost:3000',
    );
    expect(startupLine({ ...base, host: '192.168.1.20' })).toBe(
      'Modern EMR is running at http://192.168.1.20:8080',
    );
    expect(startupLine({ ...base, host: 'fd00::2' })).toBe('Modern EMR is running at http://[fd00::2]:8080');
  });

  it('prints nothing in production, not even a password passed by mistake', () => {
    expect(startupLine({ ...base, isProduction: true, demoPassword: 'Demo-Clinic-2026!' })).toBeUndefined();
  });
});
