import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openWatchedPage } from '../browser';
import {
  createReadyStaffUser,
  createStaffUser,
  DEMO_HOMES,
  DEMO_PASSWORD,
  registerPatient,
  signInAt,
  submitSignIn,
  totp,
  uniqueUsername,
} from './identity-helpers';
import { scanPage, screenshot } from './scan';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('signing in', () => {
  test.each(DEMO_HOMES)(
    '$username signs in and lands on $path ($heading)',
    async ({ username, path, heading }) => {
      const { context, page, cspViolations } = await openWatchedPage(browser);
      try {
        await signInAt(page, baseUrl, '/', { username, password: DEMO_PASSWORD });
        await page.waitForURL(`${baseUrl}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        const nav = page.getByRole('navigation', { name: 'Main' });
        // The navigation follows the permission table: only the administrator sees user management.
        expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(username === 'admin' ? 1 : 0);
        expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(username === 'admin' ? 1 : 0);
        await screenshot(page, `signed-in-${username}`);
        // Tokens never land in web storage.
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
        expect(cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test('a reload keeps the session (refresh cookie); once it is gone, signing in returns to the same page', async () => {
    const { context, page } = await openWatchedPage(browser);
    try {
      await signInAt(page, baseUrl, '/admin/audit-log', { username: 'admin', password: DEMO_PASSWORD });
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/audit-log');
      const cookies = await context.cookies();
      const refresh = cookies.find((c) => c.name === 'emr_refresh');
      expect(refresh?.httpOnly).toBe(true);
      expect(refresh?.sameSite).toBe('Strict');
      expect(refresh?.path).toBe('/api/v1/auth/refresh');
      expect(await page.evaluate(() => document.cookie)).not.toContain('emr_refresh');

      await context.clearCookies();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/audit-log');
      await submitSignIn(page, { username: 'admin', password: DEMO_PASSWORD });
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/audit-log');

      // Signing out ends the session on the server too: a reload does not bring it back.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await page.goto(`${baseUrl}/admin`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('five wrong passwords lock the account, and the page says so clearly', async () => {
    // A dedicated account, so no other test is locked out.
    const username = uniqueUsername('e2e-lockout');
    await createStaffUser(baseUrl, {
      username,
      fullName: 'Lockout Test',
      roles: ['CASHIER'],
      temporaryPassword: 'Temporary-Palm-Wine-29!',
    });
    const { context, page, cspViolations } = await openWatchedPage(browser);
    try {
      await page.goto(`${baseUrl}/login`);
      for (let attempt = 1; attempt <= 4; attempt++) {
        await submitSignIn(page, { username, password: `wrong-password-${attempt}` });
        await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
      }
      await submitSignIn(page, { username, password: 'wrong-password-5' });
      const locked = page.getByRole('alert').filter({ hasText: 'Account locked' });
      await locked.waitFor();
      expect(await locked.textContent()).toMatch(/locked for 30 minutes \(until about \d{1,2}:\d{2}/);
      expect(await locked.textContent()).toContain('ask your clinic administrator to unlock it');

      // Even the right password is refused while locked.
      await submitSignIn(page, { username, password: 'Temporary-Palm-Wine-29!' });
      await locked.waitFor();
      await scanPage(page, 'login-locked', cspViolations);
    } finally {
      await context.close();
    }
  });
});

describe('account administration', () => {
  test('an administrator creates a user, who must change the password before anything else', async () => {
    const username = uniqueUsername('e2e-nurse');
    const admin = await openWatchedPage(browser);
    let temporaryPassword = '';
    try {
      const { page } = admin;
      await signInAt(page, baseUrl, '/admin/users', { username: 'admin', password: DEMO_PASSWORD });
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await page.getByRole('button', { name: 'New user' }).click();
      const dialog = page.getByRole('dialog', { name: 'New staff account' });
      await dialog.getByLabel('Username', { exact: false }).fill(username);
      await dialog.getByLabel('Full name', { exact: false }).fill('Chioma Eze');
      await dialog.getByRole('checkbox', { name: 'Nurse' }).check();
      temporaryPassword = await dialog.getByRole('textbox', { name: /Temporary password/ }).inputValue();
      expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);
      await dialog.getByRole('button', { name: 'Create account' }).click();
      await dialog.getByText('Account created').waitFor();
      expect(await dialog.getByTestId('created-temporary-password').textContent()).toBe(temporaryPassword);
      await screenshot(page, 'admin-user-created');
      await dialog.getByRole('button', { name: 'Done' }).click();
      const row = page.locator(`tr[data-username="${username}"]`);
      await row.getByText('Temporary password').waitFor();
      expect(admin.cspViolations).toEqual([]);
    } finally {
      await admin.context.close();
    }

    const { context, page, cspViolations } = await openWatchedPage(browser);
    try {
      await signInAt(page, baseUrl, '/', { username, password: temporaryPassword });
      await page.waitForURL(`${baseUrl}/change-password`);
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      // Held there: the nurse station is out of reach until the password is changed.
      await page.goto(`${baseUrl}/nurse`);
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/change-password');

      await page.getByLabel('Temporary password', { exact: false }).fill(temporaryPassword);
      await page.getByLabel('New password', { exact: false }).first().fill('password');
      await page.getByLabel('Repeat the new password', { exact: false }).fill('password');
      await page.getByRole('button', { name: 'Save new password' }).click();
      await page.getByText('The new password does not meet the rules below').waitFor();

      const chosen = 'Night-Shift-Cashew-Grove-74!';
      await page.getByLabel('New password', { exact: false }).first().fill(chosen);
      await page.getByLabel('Repeat the new password', { exact: false }).fill(chosen);
      expect(await page.locator('li[data-met]').count()).toBe(6);
      await scanPage(page, 'change-password-filled', cspViolations);
      await page.getByRole('button', { name: 'Save new password' }).click();
      await page.waitForURL(`${baseUrl}/nurse`);
      await page.getByRole('heading', { level: 1, name: 'Nursing station' }).waitFor();
      await screenshot(page, 'new-user-home');
    } finally {
      await context.close();
    }
  });

  test('two-factor set-up shows a QR code and ten recovery codes; sign-in then asks for a code', async () => {
    const credentials = await createReadyStaffUser(baseUrl, ['DOCTOR'], 'e2e-mfa');
    const { context, page, cspViolations } = await openWatchedPage(browser);
    try {
      await signInAt(page, baseUrl, '/account', credentials);
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
      await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
      const qr = page.getByRole('img', { name: /QR code/ });
      await qr.waitFor();
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      const secret = (await page.getByTestId('mfa-secret').textContent()) ?? '';
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      await page.getByLabel('Code from the app').fill(totp(secret));
      await page.getByRole('button', { name: 'Verify and turn on' }).click();
      const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
      await codes.first().waitFor();
      expect(await codes.count()).toBe(10);
      const recoveryCode = ((await codes.first().textContent()) ?? '').trim();
      await scanPage(page, 'account-mfa-recovery-codes', cspViolations);
      await page.getByRole('button', { name: 'I have saved my codes' }).click();
      await page.getByRole('heading', { level: 2, name: 'Two-factor authentication' }).waitFor();
      await page.getByText('On', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await submitSignIn(page, credentials);
      const codeField = page.getByLabel('Authentication code', { exact: false });
      await codeField.waitFor();
      await scanPage(page, 'login-mfa-step', cspViolations);
      // The enrolment code's time step is spent (no replay), so sign in with a recovery code.
      await codeField.fill(recoveryCode);
      await page.getByRole('button', { name: 'Verify and sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Consulting room' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('the front desk verifies a portal sign-up, and the portal opens for the patient', async () => {
    const patientCredentials = await registerPatient(baseUrl, 'e2e-portal');
    const patient = await openWatchedPage(browser);
    const reception = await openWatchedPage(browser);
    try {
      await signInAt(patient.page, baseUrl, '/', patientCredentials);
      await patient.page.waitForURL(`${baseUrl}/portal`);
      await patient.page.getByText('Waiting for verification').waitFor();

      await signInAt(reception.page, baseUrl, '/', { username: 'reception', password: DEMO_PASSWORD });
      await reception.page.getByRole('heading', { level: 1, name: 'Reception' }).waitFor();
      const row = reception.page.locator('tr', { hasText: patientCredentials.username });
      await row.getByRole('button', { name: /^Verify / }).click();
      const dialog = reception.page.getByRole('dialog', { name: 'Verify portal sign-up' });
      await dialog.getByRole('button', { name: 'Verify', exact: true }).click();
      await reception.page.getByText('can now use the patient portal').waitFor();
      await row.waitFor({ state: 'detached' });
      expect(reception.cspViolations).toEqual([]);

      // The patient's next load picks the change up (the session is restored from the cookie).
      await patient.page.reload();
      await patient.page.getByText(`Phone: +2348030000001`).waitFor();
      expect(await patient.page.getByText('Waiting for verification').count()).toBe(0);
      await scanPage(patient.page, 'portal-verified', patient.cspViolations);
    } finally {
      await patient.context.close();
      await reception.context.close();
    }
  });
});
